namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// A purchase asked in a sentence rather than as a command: "I'd like to buy 2 mugs", "je voudrais acheter un mug",
/// "أريد شراء كوب". The words after the buying verb are the product; a number among them is the quantity.
/// </summary>
internal static class BuyIntent
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "BUY", "PURCHASE", "ACHETER", "ACHETE", "COMMANDER", "شراء", "اشتري", "اشتر", "اشترى",
    };

    /// <summary>The product words and the quantity, or null when the sentence has no buying verb followed by words.</summary>
    public static (string Product, int? Quantity)? Read(string text)
    {
        var words = text.Split([' ', '\t', '\n', ',', '.', '!', '?', '؟', '،'], StringSplitOptions.RemoveEmptyEntries);
        var verb = Array.FindIndex(words, w => Verbs.Contains(Fold(w)));
        if (verb < 0 || verb == words.Length - 1)
        {
            return null;
        }
        int? quantity = null;
        var product = new List<string>();
        foreach (var word in words[(verb + 1)..])
        {
            if (quantity is null && word.All(c => char.IsDigit(c)) && int.TryParse(ToAscii(word), out var n))
            {
                quantity = n;
            }
            else
            {
                product.Add(word);
            }
        }
        return product.Count == 0 ? null : (string.Join(' ', product), quantity);
    }

    private static string Fold(string word) => ProductFinder.Words(word) is [var only] ? only : word.ToUpperInvariant();

    private static string ToAscii(string digits) => new([.. digits.Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660')) : c)]);
}
