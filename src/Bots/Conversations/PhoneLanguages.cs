namespace Conversational.Bots.Conversations;

/// <summary>
/// A language guess from a phone number's country, for a first SMS that gives no clue of its own ("JEU42"): French
/// for France, Belgium, Switzerland, Luxembourg, Monaco and the Maghreb, Arabic for the Arab countries of the Middle
/// East. Only a hint: the words of a message, and the language the person used before, come first.
/// </summary>
internal static class PhoneLanguages
{
    private static readonly (string Prefix, string Language)[] Prefixes =
    [
        ("+33", "fr"), ("+32", "fr"), ("+41", "fr"), ("+352", "fr"), ("+377", "fr"), ("+212", "fr"), ("+213", "fr"), ("+216", "fr"),
        ("+20", "ar"), ("+961", "ar"), ("+962", "ar"), ("+963", "ar"), ("+964", "ar"), ("+965", "ar"), ("+966", "ar"), ("+968", "ar"),
        ("+970", "ar"), ("+971", "ar"), ("+973", "ar"), ("+974", "ar"),
    ];

    public static string? Of(string? e164) =>
        e164 is null ? null : Prefixes.FirstOrDefault(p => e164.StartsWith(p.Prefix, StringComparison.Ordinal)).Language;
}
