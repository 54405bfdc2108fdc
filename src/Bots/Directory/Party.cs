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

    /// <summary>
    /// "Bob (@bob)", or just the name when the party has no handle: what others are shown (confirmations, notices,
    /// statements, link codes). A person known only by their phone number (an SMS or WhatsApp user, whose name is the
    /// number) is shown as <see cref="PublicName"/> masks it, so paying someone never tells them the payer's number.
    /// </summary>
    public string Label => Handle is null ? PublicName : $"{PublicName} (@{Handle})";

    /// <summary>The display name, a phone number in it masked to its country code and last two digits ("+33…78").</summary>
    public string PublicName => IsPhoneNumber(DisplayName) ? $"{DisplayName[..3]}…{DisplayName[^2..]}" : DisplayName;

    private static bool IsPhoneNumber(string name) =>
        name.Length >= 8 && name[0] == '+' && name.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
