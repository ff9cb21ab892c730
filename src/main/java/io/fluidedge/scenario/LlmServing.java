package io.fluidedge.scenario;

/**
 * LLM-serving settings of the edge server (scenario section {@code server.llm}), used when
 * {@code server.discipline} is {@code llm}.
 *
 * <p>Iteration time model: one iteration of the batch costs
 * {@code a + b·(prefill tokens in it) + c·(decode requests in it)} seconds. The defaults are
 * Llama-2-7B in fp16 on one A100-80GB (SXM, 2.04 TB/s HBM, 312 TFLOP/s dense fp16), by roofline:
 * an iteration streams the 13.5 GB of weights once, 13.5 GB / 2.04 TB/s ≈ 6.6 ms, plus kernel
 * launches: a = 7 ms. A prefill token is compute-bound: 2·6.74e9 FLOP at ~60 % of the peak,
 * ≈ 72 µs. A decode request adds its own 2·6.74e9 FLOP (≈ 72 µs) and reads its KV cache, about
 * 512 tokens × 0.5 MiB / 2.04 TB/s ≈ 130 µs: c = 200 µs. The KV cache holds
 * {@code ⌊memory / (2·layers·hidden·bytes)⌋} tokens (a key and a value vector per layer and
 * token): 58 GB (90 % of 80 GB less the weights) / 0.5 MiB ≈ 110 600 tokens.
 *
 * @param iterationS      a, fixed time per iteration, s (&gt; 0)
 * @param prefillTokenS   b, time per prefill token in an iteration, s (&ge; 0)
 * @param decodeRequestS  c, time per decode request in an iteration, s (&ge; 0)
 * @param maxBatch        most requests running at once (&ge; 1)
 * @param maxBatchTokens  token budget of one iteration: prefill tokens plus one per decode
 *                        request (&ge; 1)
 * @param layers          transformer layers (&ge; 1)
 * @param hiddenSize      hidden size (&ge; 1)
 * @param bytesPerValue   bytes per cached value (&gt; 0; 2 for fp16)
 * @param kvMemoryBytes   memory for the KV cache, bytes (&gt; 0)
 * @param downlinkTokenS  delay from a token's generation to its arrival at the user, s (&ge; 0)
 * @param sloTtftS        time-to-first-token objective, s (&gt; 0)
 * @param sloTpotS        time-per-output-token objective, s (&gt; 0)
 */
public record LlmServing(double iterationS, double prefillTokenS, double decodeRequestS,
    int maxBatch, int maxBatchTokens, int layers, int hiddenSize, double bytesPerValue,
    double kvMemoryBytes, double downlinkTokenS, double sloTtftS, double sloTpotS) {

  /** Validates every value; the message names the key. */
  public LlmServing {
    Radio.positive("iteration-s", iterationS);
    nonNegative("prefill-token-s", prefillTokenS);
    nonNegative("decode-request-s", decodeRequestS);
    atLeastOne("max-batch", maxBatch);
    atLeastOne("max-batch-tokens", maxBatchTokens);
    atLeastOne("layers", layers);
    atLeastOne("hidden-size", hiddenSize);
    Radio.positive("bytes-per-value", bytesPerValue);
    Radio.positive("kv-memory-bytes", kvMemoryBytes);
    nonNegative("downlink-token-s", downlinkTokenS);
    Radio.positive("slo-ttft-s", sloTtftS);
    Radio.positive("slo-tpot-s", sloTpotS);
  }

  /** Bytes one token occupies in the KV cache: 2·layers·hidden·bytes (a key and a value). */
  public double kvBytesPerToken() {
    return 2.0 * layers * hiddenSize * bytesPerValue;
  }

  /** KV-cache capacity, tokens: ⌊kv-memory-bytes / {@link #kvBytesPerToken()}⌋. */
  public long kvCapacityTokens() {
    double tokens = Math.floor(kvMemoryBytes / kvBytesPerToken());
    return tokens >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) tokens;
  }

  /** Iteration time a + b·prefillTokens + c·decodeRequests, s. */
  public double iterationTimeS(long prefillTokens, int decodeRequests) {
    return iterationS + prefillTokenS * prefillTokens + decodeRequestS * decodeRequests;
  }

  private static void nonNegative(String key, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(key + " must be >= 0 and finite: " + v);
    }
  }

  private static void atLeastOne(String key, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(key + " must be >= 1: " + v);
    }
  }
}
