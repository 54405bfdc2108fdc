namespace Conversational.Wallet;

/// <summary>How a movement ended.</summary>
public enum MovementStatus
{
    /// <summary>It happened (or had already happened under the same id).</summary>
    Completed,

    /// <summary>It was refused and nothing moved; the same id stays refused.</summary>
    Rejected,

    /// <summary>
    /// The store did not answer: the money may or may not have moved. Never tell a person it failed; retry
    /// later with the same id, which settles it.
    /// </summary>
    Unknown,
}
