import SafeguardCore

/// Comparison with statistical neighbours, region and England.
///
/// Not built yet: tracked as its own issue (published comparators, SN mean/median, ranks,
/// quartile bands). The target exists so the stage layout is fixed; the runner does not call it.
public enum Benchmarking {}
