export const prerender = true;
// Every page is a folder with index.html (build/method/index.html), so any static file server
// serves /method and /method/ without rewrite rules.
export const trailingSlash = 'always';
