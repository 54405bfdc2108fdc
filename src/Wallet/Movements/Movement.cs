namespace Conversational.Wallet;

/// <summary>
/// A request to move money. Each is executed atomically and idempotently by its <see cref="Id"/>: the same id
/// with the same parameters gives the original outcome again; with other parameters, a conflict.
/// </summary>
public abstract record Movement(TransferId Id)
{
    public abstract MovementKind Kind { get; }

    /// <summary>The parameters in one canonical line; two requests with one id must have the same fingerprint.</summary>
    public abstract string Fingerprint { get; }
}

/// <summary>
/// Money from a person to a person (<see cref="MovementKind.PersonToPerson"/>), a charity
/// (<see cref="MovementKind.Donation"/>) or a merchant (<see cref="MovementKind.Payment"/>): the recipient's kind decides.
/// </summary>
public sealed record Transfer(TransferId Id, AccountId From, AccountId To, Money Amount) : Movement(Id)
{
    public override MovementKind Kind => To.Kind switch
    {
        AccountKind.Charity => MovementKind.Donation,
        AccountKind.Merchant => MovementKind.Payment,
        _ => MovementKind.PersonToPerson,
    };

    public override string Fingerprint => $"transfer|{From}|{To}|{Amount.Minor}|{Amount.Currency.Code}";
}

/// <summary>A top-up from the funding account, done by an operator.</summary>
public sealed record Funding(TransferId Id, AccountId To, Money Amount) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.Funding;

    public override string Fingerprint => $"funding|{To}|{Amount.Minor}|{Amount.Currency.Code}";
}

/// <summary>
/// Money for someone the service does not know yet, kept in the pending-claims account until the person
/// named by <see cref="ClaimKey"/> (a phone number or a handle) claims it, or returned after the claim period.
/// </summary>
public sealed record PendingSend(TransferId Id, AccountId From, string ClaimKey, Money Amount) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.PendingSend;

    public override string Fingerprint => $"pending-send|{From}|{ClaimKey}|{Amount.Minor}|{Amount.Currency.Code}";
}

/// <summary>The person named by the claim key takes a pending transfer into their account.</summary>
public sealed record PendingClaim(TransferId Id, TransferId PendingId, AccountId Claimant, string ClaimKey) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.PendingClaim;

    public override string Fingerprint => $"pending-claim|{PendingId}|{Claimant}|{ClaimKey}";
}

/// <summary>A pending transfer past its claim period goes back to its sender.</summary>
public sealed record PendingReturn(TransferId Id, TransferId PendingId) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.PendingReturn;

    public override string Fingerprint => $"pending-return|{PendingId}";
}

/// <summary>Reserves a purchase's amount on the payer's balance for a merchant.</summary>
public sealed record HoldAuthorize(TransferId Id, AccountId Payer, AccountId Merchant, Money Amount) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.HoldAuthorize;

    public override string Fingerprint => $"hold|{Payer}|{Merchant}|{Amount.Minor}|{Amount.Currency.Code}";
}

/// <summary>Captures a hold: all of it when <see cref="Amount"/> is null, else that part (the rest is released).</summary>
public sealed record HoldCapture(TransferId Id, TransferId HoldId, Money? Amount = null) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.HoldCapture;

    public override string Fingerprint =>
        $"capture|{HoldId}|{(Amount is { } a ? $"{a.Minor}|{a.Currency.Code}" : "all")}";
}

/// <summary>Releases a hold without payment.</summary>
public sealed record HoldVoid(TransferId Id, TransferId HoldId) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.HoldVoid;

    public override string Fingerprint => $"void|{HoldId}";
}

/// <summary>
/// Gives back part or all of a payment: a direct payment, a captured hold or a carrier charge, named by its id.
/// The merchant returns the amount less the share of its fee that the service gives back.
/// </summary>
public sealed record Refund(TransferId Id, TransferId PaymentId, Money Amount) : Movement(Id)
{
    public override MovementKind Kind => MovementKind.Refund;

    public override string Fingerprint => $"refund|{PaymentId}|{Amount.Minor}|{Amount.Currency.Code}";
}

/// <summary>
/// An SMS+ purchase (to a merchant) or donation (to a charity) sent as a keyword to a short code, billed to
/// the phone bill of <see cref="PhoneNumber"/> through <see cref="Operator"/>'s carrier-billing account.
/// <see cref="Payer"/> is the person the phone number belongs to, for their statement.
/// </summary>
public sealed record CarrierCharge(
    TransferId Id, AccountId Payer, string PhoneNumber, string Operator, string ShortCode, AccountId To, Money Price) : Movement(Id)
{
    public override MovementKind Kind => To.Kind == AccountKind.Charity ? MovementKind.CarrierDonation : MovementKind.CarrierPurchase;

    public override string Fingerprint =>
        $"carrier|{Payer}|{PhoneNumber}|{Operator}|{ShortCode}|{To}|{Price.Minor}|{Price.Currency.Code}";
}
