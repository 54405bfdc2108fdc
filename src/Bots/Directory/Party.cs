using Conversational.Wallet;

namespace Conversational.Bots.Directory;

/// <summary>
/// Someone money can go to or come from: a person, a registered charity or a merchant, with the handle people
/// write (without the @) and the name shown in confirmations and statements.
/// </summary>
public sealed record Party(AccountId Account, string? Handle, string DisplayName)
{
    /// <summary>The name left to a person who deleted their data.</summary>
    public const string ForgottenName = "—";

    public AccountKind Kind => Account.Kind;

    /// <summary>"Bob (@bob)", or just the name when the party has no handle.</summary>
    public string Label => Handle is null ? DisplayName : $"{DisplayName} (@{Handle})";
}
