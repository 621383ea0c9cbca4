import { loadMessages } from '../../src/lib/i18n';

// The page loads the Chinese catalog on demand; components under test render in either language.
await loadMessages('zh');
