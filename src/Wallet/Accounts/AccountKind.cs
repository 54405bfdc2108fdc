namespace Conversational.Wallet;

/// <summary>What an account is for; it decides which limits apply to money sent to it.</summary>
public enum AccountKind
{
    /// <summary>A person: never below zero, limits by identity tier.</summary>
    Person,

    /// <summary>A registered charity: receives donations (higher limit, no fee); never below zero.</summary>
    Charity,

    /// <summary>A merchant: receives payments, minus its plan's fee; never below zero.</summary>
    Merchant,

    /// <summary>The service's own books (fees, funding, carrier billing, pending claims): may go below zero.</summary>
    System,
}
