using System.Globalization;
using System.Text;

namespace Conversational.Bots.Conversations;

/// <summary>"hello", "bonjour !", "مرحبا": a greeting is answered with the welcome, never passed to a human as a question.</summary>
internal static class Greetings
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "hello", "hi", "hey", "hiya", "good morning", "good evening", "good afternoon", "hello there", "hi there",
        "bonjour", "bonsoir", "salut", "coucou", "bjr", "slt", "allo",
        "مرحبا", "مرحبا بك", "اهلا", "أهلا", "اهلا وسهلا", "السلام عليكم", "سلام", "صباح الخير", "مساء الخير",
    };

    public static bool IsGreeting(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return Words.Contains(string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
