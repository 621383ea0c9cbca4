/**
 * Time the model on the default scenario: p50 and p95 over many runs, after a warm-up.
 *   npm run bench
 * Prints figures only; no assertion (speed is measured, never asserted in tests).
 */
import { performance } from 'node:perf_hooks';
import { decodeScenario, encodeScenario } from '../src/lib/share/codec.ts';
import { evaluate } from '../src/lib/model/evaluate.ts';

interface Case {
	name: string;
	run: () => unknown;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function time(c: Case, runs: number) {
	for (let i = 0; i < Math.min(200, runs); i++) c.run();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		c.run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
	console.log(`${c.name.padEnd(44)} p50 ${us(percentile(samples, 0.5)).padStart(10)}   p95 ${us(percentile(samples, 0.95)).padStart(10)}   (${runs} runs)`);
}

const defaultScenario = decodeScenario('').scenario;
const fourSystems = decodeScenario('v=1&a=gb200-nvl72&b=cloudmatrix-384&c=gb300-nvl72&d=hgx-h100').scenario;
const link = encodeScenario(fourSystems);

const cases: Case[] = [
	{ name: 'evaluate(default scenario)', run: () => evaluate(defaultScenario) },
	{ name: 'evaluate(four systems)', run: () => evaluate(fourSystems) },
	{ name: 'decode link + evaluate (four systems)', run: () => evaluate(decodeScenario(link).scenario) },
	{ name: 'encode link (four systems)', run: () => encodeScenario(fourSystems) }
];

console.log(`Rackscale model benchmark — Node ${process.version}`);
for (const c of cases) time(c, 5000);
