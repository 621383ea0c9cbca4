import { methodServingView, methodView } from '$lib/content/method';
import type { PageServerLoad } from './$types';

// Every worked example is computed by the model at prerender time and shipped as data (both
// languages' prose included), so the page's JavaScript stays small. methodView is pure.
export const load: PageServerLoad = () => ({
	sections: methodView(),
	serving: methodServingView()
});
