/**
 * English names of what bounds an estimate ("Bound by", "HBM bandwidth"); registered by
 * bound-messages.ts.
 */
export const enBound = {
	'inference.bound': 'Bound by',
	'resource.compute': 'compute',
	'resource.memory-bandwidth': 'HBM bandwidth',
	'resource.memory-capacity': 'HBM capacity',
	'resource.scale-up': 'scale-up links',
	'resource.scale-out': 'scale-out network',
	'resource.latency': 'collective latency',
	'resource.overhead': 'per-step overhead',
	'resource.power': 'power'
} as const;
