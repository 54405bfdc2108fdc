namespace Conversational.Wallet;

/// <summary>
/// Explains a <see cref="Rejection"/> to a person in their language: what happened and what to do instead, with the
/// rejection's amounts written by <see cref="MoneyFormatter"/> and its date written as the language writes dates.
/// A number the rejection does not carry is left out of the sentence, never written as a placeholder.
/// </summary>
public static class RejectionMessages
{
    /// <summary>Names longer than this are cut, so a message stays short.</summary>
    private const int MaxNameLength = 40;

    /// <param name="rejection">The refusal to explain.</param>
    /// <param name="language">A language tag: "en", "fr", "ar" (a region suffix such as "fr-CA" is fine); anything else is written as English.</param>
    public static string Describe(Rejection rejection, string language)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(language);
        return PrimaryTag(language) switch
        {
            "fr" => FrenchRejections.Describe(Collect(rejection, "fr")),
            "ar" => ArabicRejections.Describe(Collect(rejection, "ar")),
            _ => EnglishRejections.Describe(Collect(rejection, "en")),
        };
    }

    /// <summary>"fr" for "fr", "FR", "fr-CA" or "fr_FR"; the tag itself, lower-cased, when it has no region.</summary>
    private static string PrimaryTag(string language)
    {
        var end = language.IndexOfAny(['-', '_']);
        var primary = end < 0 ? language : language[..end];
        return primary.Equals("fr", StringComparison.OrdinalIgnoreCase) ? "fr"
            : primary.Equals("ar", StringComparison.OrdinalIgnoreCase) ? "ar"
            : "en";
    }

    private static Facts Collect(Rejection rejection, string language)
    {
        string? Write(Money? money) => money is { } m ? MoneyFormatter.Format(m, language) : null;
        return new Facts(
            rejection.Reason,
            Write(rejection.Limit),
            rejection.Limit is { Minor: 0 },
            // Nothing used yet says nothing useful: "you have spent €0.00" is left out.
            rejection.Used is { Minor: > 0 } ? Write(rejection.Used) : null,
            Write(rejection.Available),
            rejection.Tier,
            rejection.Account,
            rejection.Account is { } account ? Recipient(account) : null,
            rejection.At?.UtcDateTime,
            rejection.Currencies is { Count: > 0 } currencies ? currencies : null);
    }

    /// <summary>The recipient as the sender wrote them: "@lea", or a phone number "+33612345678".</summary>
    private static string? Recipient(AccountId account)
    {
        if (account.Value is null || account.Kind == AccountKind.System)
        {
            return null;
        }
        var name = account.Name.Length > MaxNameLength ? account.Name[..MaxNameLength] + "…" : account.Name;
        return name.StartsWith('+') ? name : "@" + name;
    }

    /// <summary>
    /// A rejection with its numbers already written in the message's language; null where the rejection has none.
    /// Dates are the UTC date, as the ledger counts days in UTC.
    /// </summary>
    internal sealed record Facts(
        RejectionReason Reason,
        string? Limit,
        bool LimitIsZero,
        string? Used,
        string? Available,
        IdentityTier? Tier,
        AccountId? Account,
        string? Recipient,
        DateTime? Date,
        IReadOnlyList<string>? Currencies);
}
