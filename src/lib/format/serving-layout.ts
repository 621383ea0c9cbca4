/**
 * A serving layout in one notation wherever it is shown (the inference view, /validation, /method):
 * "TP1 · EP32 · PP1 · DP-attn 32". Every degree is written, 1 included, so layouts read as
 * columns; the notation is the engines' (SGLang's --tp, --ep, --dp with DP attention).
 */
export function servingLayoutText(l: {
	tp: number;
	ep: number;
	pp: number;
	dpAttention: number;
}): string {
	return `TP${l.tp} · EP${l.ep} · PP${l.pp} · DP-attn ${l.dpAttention}`;
}
