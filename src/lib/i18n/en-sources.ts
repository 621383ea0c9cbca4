/** The footer's list of sources (SourcesBody.svelte), which loads after the first render. */
export const enSources = {
	'sources.intro':
		'Where the preset figures come from. Nature: vendor spec, analyst estimate, measured, derived, or Rackscale’s stated assumption.'
} as const;
