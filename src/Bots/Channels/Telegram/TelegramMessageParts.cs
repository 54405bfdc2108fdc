using System.Globalization;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Cuts a text longer than sendMessage allows (4096 UTF-16 units) into messages sent one after the other: between
/// paragraphs when a paragraph break is in the second half of the part, else between lines, else between words, else
/// where it must but never inside a surrogate pair nor before a combining mark. Parts are trimmed and never empty.
/// </summary>
public static class TelegramMessageParts
{
    /// <summary>The longest text of one sendMessage.</summary>
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > maxLength)
        {
            var cut = Cut(rest, maxLength);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }
        return parts;
    }

    /// <summary>Where to end the part that starts <paramref name="text"/>: at most <paramref name="max"/> units.</summary>
    private static int Cut(ReadOnlySpan<char> text, int max)
    {
        var window = text[..max];
        var half = max / 2;
        foreach (var separator in (ReadOnlySpan<string>)["\n\n", "\n", " "])
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= half)
            {
                return at + separator.Length;
            }
        }
        // No break in the second half: cut at a text element boundary (a surrogate pair or a letter with its marks).
        var cut = max;
        while (cut > half && !StartsTextElement(text, cut))
        {
            cut--;
        }
        if (cut == half)
        {
            cut = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        }
        return cut;
    }

    private static bool StartsTextElement(ReadOnlySpan<char> text, int index)
    {
        if (char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]))
        {
            return false;
        }
        var category = char.IsHighSurrogate(text[index]) && index + 1 < text.Length
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[index], text[index + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(text[index]);
        return category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            && text[index] != '\u200D' && !(text[index] is >= '\uFE00' and <= '\uFE0F');
    }
}
