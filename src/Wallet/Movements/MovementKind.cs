namespace Conversational.Wallet;

/// <summary>What a movement did. The stored name of each is its text (used by the Redis store).</summary>
public enum MovementKind
{
    /// <summary>A person sent money to another person.</summary>
    PersonToPerson,

    /// <summary>A person gave to a registered charity (no fee).</summary>
    Donation,

    /// <summary>A person paid a merchant directly; the merchant's fee is taken from what it receives.</summary>
    Payment,

    /// <summary>An operator topped up an account from the funding account.</summary>
    Funding,

    /// <summary>Money set aside for someone not yet known, in the pending-claims account.</summary>
    PendingSend,

    /// <summary>The recipient of a pending transfer claimed it.</summary>
    PendingClaim,

    /// <summary>A pending transfer not claimed in time went back to its sender.</summary>
    PendingReturn,

    /// <summary>A purchase's amount reserved on the payer's balance.</summary>
    HoldAuthorize,

    /// <summary>A hold captured, all or part; the merchant receives it minus its fee.</summary>
    HoldCapture,

    /// <summary>A hold released without payment.</summary>
    HoldVoid,

    /// <summary>Money paid to a merchant given back, never more than was paid.</summary>
    Refund,

    /// <summary>An SMS+ purchase billed to a phone bill through the operator's carrier-billing account.</summary>
    CarrierPurchase,

    /// <summary>An SMS+ donation billed to a phone bill; a person can block this category on its own.</summary>
    CarrierDonation,
}
