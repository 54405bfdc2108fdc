namespace Conversational.Wallet;

/// <summary>A purchase's reserved amount. It resolves at most once: captured (all or part) or voided.</summary>
public sealed record Hold(TransferId Id, AccountId Payer, AccountId Merchant, Money Amount, HoldState State, Money Captured);

/// <summary>Where a hold stands.</summary>
public enum HoldState
{
    Authorized,
    Captured,
    Voided,
}
