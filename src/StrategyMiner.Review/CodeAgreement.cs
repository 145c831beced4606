namespace StrategyMiner.Review;

// How two reviewers agree on one code over the passages both decided.
// Items: Passages both decided.
// BothYes: Both gave the code.
// OnlyA: Only reviewer A gave it.
// OnlyB: Only reviewer B gave it.
// Agreement: Share of passages where they agree (code or no code).
// Kappa: Cohen's kappa; null when undefined (neither or both always gave it).
internal sealed record CodeAgreement(string Code, string Name, int Items, int BothYes, int OnlyA, int OnlyB, int BothNo, double? Agreement, double? Kappa);
