namespace Conversational.Commands;

/// <summary>What the parser needs to know beyond the text: defaults from configuration and what the
/// conversation knows about the person.</summary>
public sealed record ParseContext
{
    /// <summary>Longest message read; longer ones get <see cref="ParseErrorCode.MessageTooLong"/> (Telegram's
    /// own limit is 4096 characters).</summary>
    public const int MaxMessageLength = 4096;

    public ParseContext(IPhoneNumberReader phoneNumbers)
    {
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        PhoneNumbers = phoneNumbers;
    }

    public IPhoneNumberReader PhoneNumbers { get; }

    /// <summary>ISO 4217 code of an amount written without a currency.</summary>
    public string DefaultCurrency { get; init; } = "EUR";

    /// <summary>ISO 3166 region of phone numbers written in national form.</summary>
    public string DefaultRegion { get; init; } = "FR";

    /// <summary>The language the person used last, if known; it settles words shared by two languages
    /// ("ok", "stop") and free text with no clue.</summary>
    public Language? LanguageHint { get; init; }

    /// <summary>The language of a message that gives no clue at all and no hint.</summary>
    public Language DefaultLanguage { get; init; } = Language.English;
}
