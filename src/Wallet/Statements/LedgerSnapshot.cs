namespace Conversational.Wallet;

/// <summary>
/// Everything the ledger holds, for audits and invariant checks: every account's balances and the journal of
/// every completed movement in order.
/// </summary>
public sealed record LedgerSnapshot(
    IReadOnlyDictionary<AccountId, IReadOnlyList<Balance>> Balances, IReadOnlyList<JournalEntry> Journal);

/// <summary>A completed movement as postings: how each account's posted, held and incoming amounts changed.</summary>
public sealed record JournalEntry(TransferId Id, MovementKind Kind, IReadOnlyList<Posting> Postings);

/// <summary>One account's change in one movement.</summary>
public readonly record struct Posting(AccountId Account, Currency Currency, long Posted, long Held, long Incoming);
