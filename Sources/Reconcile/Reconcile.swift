import SafeguardCore

/// Reconciliation of police missing-person reports with social care missing episodes.
///
/// Not built yet: specified in `specs/reconciliation.md` and tracked as its own issue. The target
/// exists so the stage layout is fixed; the runner does not call it and no output claims it.
public enum Reconciliation {}
