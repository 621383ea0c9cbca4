import type { Source } from './sources';

/**
 * Sources behind the component inventories and failure-rate defaults that sources.ts does not
 * hold, keyed by the IDs of shared/data/specs.md §14. Same shape as SOURCES.
 */
const SHEET = '2026-11';

export const RELIABILITY_SOURCES = {
	S5: {
		title:
			'Xataka On, “Nvidia’s AI supercomputer … uses a switch with nearly 2 miles of cable” (citing The Register)',
		url: 'https://www.xatakaon.com/robotics-and-ai/nvidias-ai-supercomputer-costs-3-million-to-operate-it-uses-a-switch-with-nearly-2-miles-of-cable',
		accessed: SHEET
	},
	S44: {
		title:
			'“Huawei Ascend CloudMatrix 384 Supernode: In-Depth Project Analysis” (translation of a Huawei Cloud article)',
		url: 'https://chinaresearchcollective.substack.com/p/huawei-ascend-cloudmatrix-384-supernode',
		accessed: SHEET
	},
	S46: {
		title: 'QSFPTEK, “How Many 400G OSFP SiPh LPOs in Huawei AI CloudMatrix 384 Super-node?”',
		url: 'https://www.qsfptek.com/qt-news/400g-osfp-siph-lpos-in-huawei-ai-cloudmatrix384-super-node.html',
		accessed: SHEET
	},
	S50: {
		title: '雷峰网 summary of Huawei Ascend cluster availability claims (10 Jun 2025)',
		url: 'https://reportify.ai/social-media/685683598821350',
		published: '2025-06-10',
		accessed: SHEET
	},
	S68: {
		title:
			'HPCwire, “Google AI Supercomputer Shows the Potential of Optical Interconnects” (TPU v4: optical circuit switches route around failed hosts)',
		url: 'https://www.hpcwire.com/2023/04/10/google-ai-supercomputer-shows-the-potential-of-optical-interconnects/',
		published: '2023-04-10',
		accessed: SHEET
	},
	S69: {
		title:
			'Jouppi et al., “TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning with Hardware Support for Embeddings” (ISCA 2023)',
		url: 'https://arxiv.org/abs/2304.01433',
		published: '2023-04',
		accessed: SHEET
	},
	S95: {
		title:
			'DatacenterDynamics, “Meta report details hundreds of GPU and HBM3-related interruptions to Llama 3 training run”',
		url: 'https://direct.datacenterdynamics.com/en/news/meta-report-details-hundreds-of-gpu-and-hbm3-related-interruptions-to-llama-3-training-run',
		accessed: SHEET
	},
	S97: {
		title:
			'Copy of Reuters, “Nvidia CEO: power-saving optical chip tech not ready for widespread adoption”',
		url: 'https://sunrisegeek.com/post/nvidia-ceo-power-saving-optical-chip-tech-not-ready-for-widespread-adoption',
		accessed: SHEET
	},
	S99: {
		title:
			'SemiAnalysis, “100,000 H100 Clusters: Power, Network Topology, Ethernet vs InfiniBand, Reliability, Failures, Checkpointing”',
		url: 'https://semianalysis.substack.com/p/100000-h100-clusters-power-network',
		accessed: SHEET
	}
} as const satisfies Record<string, Source>;

export type ReliabilitySourceId = keyof typeof RELIABILITY_SOURCES;
