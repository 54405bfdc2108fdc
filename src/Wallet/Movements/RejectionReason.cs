namespace Conversational.Wallet;

/// <summary>Why the wallet refused a movement. Each comes with the numbers a clear message needs.</summary>
public enum RejectionReason
{
    /// <summary>The amount is zero, negative, or beyond what the ledger represents.</summary>
    InvalidAmount,

    /// <summary>The wallet does not hold this currency (<see cref="Rejection.Currencies"/> lists those it does).</summary>
    CurrencyNotSupported,

    /// <summary>An amount is not in the currency of the hold or payment it refers to.</summary>
    CurrencyMismatch,

    /// <summary>This kind of account cannot do this (a charity cannot send, a hold must go to a merchant...).</summary>
    WrongAccountKind,

    /// <summary>Sending to oneself.</summary>
    SameAccount,

    /// <summary>The account that would pay does not exist (<see cref="Rejection.Account"/>).</summary>
    UnknownAccount,

    /// <summary>The account that would receive does not exist (<see cref="Rejection.Account"/>).</summary>
    UnknownRecipient,

    /// <summary>The same transfer id was used before with other parameters; nothing moved.</summary>
    IdConflict,

    /// <summary>Not enough available money (<see cref="Rejection.Available"/>; holds count against it).</summary>
    InsufficientFunds,

    /// <summary>Above the per-transfer limit for this kind of recipient (<see cref="Rejection.Limit"/>).</summary>
    OverTransactionLimit,

    /// <summary>Above the person's daily outgoing cap (<see cref="Rejection.Limit"/>, <see cref="Rejection.Used"/> today).</summary>
    OverDailyCap,

    /// <summary>Above the person's monthly outgoing cap (<see cref="Rejection.Limit"/>, <see cref="Rejection.Used"/> this month).</summary>
    OverMonthlyCap,

    /// <summary>An unverified person above what they may spend in 30 days (<see cref="Rejection.Limit"/>, <see cref="Rejection.Used"/>).</summary>
    OverUnverifiedSpending,

    /// <summary>An unverified recipient would hold more than the unverified limit (<see cref="Rejection.Limit"/>, <see cref="Rejection.Account"/>).</summary>
    RecipientOverBalanceLimit,

    /// <summary>No pending transfer has this id.</summary>
    PendingNotFound,

    /// <summary>The pending transfer was already claimed.</summary>
    PendingAlreadyClaimed,

    /// <summary>The pending transfer was already returned to its sender.</summary>
    PendingAlreadyReturned,

    /// <summary>The claim key does not name the person the pending transfer is for.</summary>
    PendingNotForClaimant,

    /// <summary>The claim period is over; the money goes back to the sender (<see cref="Rejection.At"/> when it ended).</summary>
    PendingExpired,

    /// <summary>A return was asked before the claim period ended (<see cref="Rejection.At"/> when it ends).</summary>
    PendingNotDue,

    /// <summary>No hold has this id.</summary>
    HoldNotFound,

    /// <summary>The hold was already captured.</summary>
    HoldAlreadyCaptured,

    /// <summary>The hold was already voided.</summary>
    HoldAlreadyVoided,

    /// <summary>Capturing more than was held (<see cref="Rejection.Limit"/>).</summary>
    CaptureExceedsHold,

    /// <summary>No payment has this id (refunds name a payment, a captured hold or a carrier charge).</summary>
    PaymentNotFound,

    /// <summary>The refund would exceed what is left of the payment (<see cref="Rejection.Limit"/>).</summary>
    RefundExceedsPayment,

    /// <summary>The short code is not a 5-digit code of a configured price tier.</summary>
    UnknownShortCode,

    /// <summary>The price is above the short code's tier or the per-purchase carrier limit (<see cref="Rejection.Limit"/>).</summary>
    OverCarrierPurchaseLimit,

    /// <summary>The phone number's monthly carrier-billing cap would be passed (<see cref="Rejection.Limit"/>, <see cref="Rejection.Used"/>).</summary>
    OverCarrierMonthlyCap,

    /// <summary>The person blocked donations billed to their phone.</summary>
    CarrierDonationsBlocked,

    /// <summary>The phone number is not an E.164 number.</summary>
    InvalidPhoneNumber,

    /// <summary>A pending transfer's claim key is empty or unusable (1-100 characters, no spaces or '|').</summary>
    InvalidClaimKey,

    /// <summary>The mobile operator's name is not usable as an account name.</summary>
    UnknownOperator,
}
