using Conversational.Commands.Syntax;

namespace Conversational.Commands.Recipients;

/// <summary>Reads "@lea": 2 to 32 letters, digits or underscores after the @, compared without case.</summary>
internal static class HandleReader
{
    public const int MinLength = 2;
    public const int MaxLength = 32;

    /// <summary>Where the handle's characters are within "@lea!" (the @ and trailing punctuation left out), and
    /// whether they make a valid handle. <paramref name="wordEnd"/> is where the whole word ends.</summary>
    public static bool TryRead(string text, int at, out int start, out int length, out int wordEnd)
    {
        start = at + 1;
        wordEnd = Chars.WordEnd(text, at);
        var end = wordEnd;
        while (end > start && Chars.IsTrailingPunctuation(text[end - 1]))
        {
            end--;
        }
        length = end - start;
        return IsValid(text.AsSpan(start, length));
    }

    /// <summary>A bare word that could be a handle written without its @ ("send 5 lea").</summary>
    public static bool IsValid(ReadOnlySpan<char> handle)
    {
        if (handle.Length is < MinLength or > MaxLength)
        {
            return false;
        }
        foreach (var c in handle)
        {
            if (!(char.IsLetter(c) || c is (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }
        return true;
    }
}
