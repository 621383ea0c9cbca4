import { configure } from '@testing-library/svelte';
import { loadMessages } from '../../src/lib/i18n';

// The page loads the Chinese catalog on demand; components under test render in either language.
await loadMessages('zh');

// findBy* and waitFor wait 1 s by default: a lazily imported panel (the sources list, the model's
// sources) took longer than that on a busy CI machine and failed. A test fails on what it checks,
// never on the clock (vite.config.ts gives each test 60 s).
configure({ asyncUtilTimeout: 30_000 });
