namespace Conversational.Commands;

/// <summary>The two-letter codes of <see cref="Language"/> (ISO 639-1), as channels and JSON carry them.</summary>
public static class LanguageCodes
{
    public static string ToCode(this Language language) => language switch
    {
        Language.French => "fr",
        Language.Arabic => "ar",
        _ => "en",
    };

    /// <summary>Reads "fr", "fr-FR", "ar_TN", "EN"...; anything else is not one of ours.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        language = Language.English;
        if (string.IsNullOrWhiteSpace(code) || code.Length < 2)
        {
            return false;
        }
        var prefix = code.AsSpan(0, 2);
        if (code.Length > 2 && code[2] is not ('-' or '_'))
        {
            return false;
        }
        if (prefix.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.English;
            return true;
        }
        if (prefix.Equals("fr", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.French;
            return true;
        }
        if (prefix.Equals("ar", StringComparison.OrdinalIgnoreCase))
        {
            language = Language.Arabic;
            return true;
        }
        return false;
    }
}
