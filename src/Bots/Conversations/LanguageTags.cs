using Conversational.Commands;

namespace Conversational.Bots.Conversations;

/// <summary>Language tags as channels give them ("fr", "fr-FR", "ar_TN") and the three languages the service speaks.</summary>
public static class LanguageTags
{
    public static string Of(Language language) => language switch
    {
        Language.French => "fr",
        Language.Arabic => "ar",
        _ => "en",
    };

    /// <summary>English for anything that is neither French nor Arabic.</summary>
    public static Language Parse(string? tag) => TryParse(tag) ?? Language.English;

    public static Language? TryParse(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return null;
        }
        var end = tag.IndexOfAny(['-', '_']);
        var primary = end < 0 ? tag : tag[..end];
        return primary.ToLowerInvariant() switch
        {
            "fr" => Language.French,
            "ar" => Language.Arabic,
            "en" => Language.English,
            _ => null,
        };
    }
}
