/**
 * The federated fine-tuning workload plugin ({@code fl}): the scenario's users are a pool of
 * clients fine-tuning a large model's LoRA adapters; in each round K of them upload their
 * normalised updates at once by analog over-the-air aggregation through the base station's
 * movable antennas. Selection, antenna positions, the OTA transceiver, CPU frequency and batch
 * size are chosen per round; a convergence bound turns the OTA error into a loss and perplexity
 * proxy. After the specification reconstructed from the abstract of Zhao, Xiu, Dai, Wei, Niyato,
 * "Movable Antenna Enhanced Federated Fine-Tuning of Large Language Models via Hybrid Client
 * Selection Optimization" (arXiv 2506.00011) and the over-the-air computation literature; see
 * the plugin's README for which forms are reconstructions and for the equation labels (E3–E28)
 * the comments here use.
 */
package io.fluidedge.fl;
