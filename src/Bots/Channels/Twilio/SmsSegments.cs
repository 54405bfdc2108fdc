namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Counts the SMS segments a text costs (channels.md §2.8): GSM-7 160 septets alone, 153 per concatenated segment
/// (extension characters cost 2); otherwise UCS-2, 70 UTF-16 units alone, 67 concatenated. Like real splitters, an
/// escape sequence or a surrogate pair is never cut across segments.
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>True when every character is in the GSM-7 alphabet (basic or extension table).</summary>
    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!Basic.Contains(c, StringComparison.Ordinal) && !Extension.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The number of segments (0 for an empty text).</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }
        var gsm = IsGsm7(text);
        var costs = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (gsm)
            {
                costs.Add(Extension.Contains(text[i], StringComparison.Ordinal) ? 2 : 1);
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                costs.Add(2);
                i++;
            }
            else
            {
                costs.Add(1);
            }
        }
        var single = gsm ? 160 : 70;
        var each = gsm ? 153 : 67;
        if (costs.Sum() <= single)
        {
            return 1;
        }
        var segments = 1;
        var used = 0;
        foreach (var cost in costs)
        {
            if (used + cost > each)
            {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }

    /// <summary>
    /// Cuts a text into messages of at most <paramref name="maxSegments"/> segments each, at a line break when one is in
    /// the second half of the part, else at a space, else where it must; parts are trimmed, none is empty.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxSegments = 2)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            if (Count(rest) <= maxSegments)
            {
                parts.Add(rest);
                break;
            }
            var fit = rest.Length - 1;
            while (fit > 1 && Count(rest[..fit]) > maxSegments)
            {
                fit--;
            }
            if (char.IsLowSurrogate(rest[fit]))
            {
                fit--;
            }
            var cut = rest.LastIndexOf('\n', fit - 1, fit / 2);
            cut = cut > 0 ? cut : rest.LastIndexOf(' ', fit - 1, fit / 2);
            cut = cut > 0 ? cut : fit;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        return parts;
    }
}
