namespace Conversational.Wallet;

/// <summary>
/// One line of an account's statement, from that account's side: <see cref="Amount"/> is the change of its
/// balance (negative when money left), <see cref="Held"/> the change of what is held for purchases.
/// </summary>
/// <param name="Fee">For a merchant, the fee taken from (or, on a refund, given back to) this line.</param>
/// <param name="PhoneBill">For a carrier charge, what was billed to the phone (the balance does not change); negative when refunded.</param>
/// <param name="Reference">What the line refers to: the claim key of a pending transfer, the hold, pending transfer or payment a
/// later movement resolves, the short code of a carrier charge.</param>
public sealed record HistoryEntry(
    TransferId Id, MovementKind Kind, AccountId Counterparty, Money Amount, Money Held, Money Fee, Money PhoneBill,
    string? Reference, DateTimeOffset At);
