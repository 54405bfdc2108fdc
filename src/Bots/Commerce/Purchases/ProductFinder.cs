using System.Globalization;
using System.Text;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// Finds what a person asks to buy: a keyword code ("GAME42") exactly, or words of a product's name in any of its
/// languages ("blue mug", "mugs", "tasse"), folded for case and accents, plurals trimmed.
/// </summary>
internal static class ProductFinder
{
    /// <summary>The product with this keyword at the merchant, or at any merchant when none is given (first by handle).</summary>
    public static async Task<Product?> ByKeywordAsync(ICatalogStore catalog, string keyword, string? merchant, CancellationToken cancellationToken)
    {
        if (keyword.Length is < 2 or > 12 || !keyword.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }
        foreach (var candidate in merchant is null ? await catalog.ListMerchantsAsync(cancellationToken).ConfigureAwait(false) : [merchant])
        {
            if (await catalog.FindByKeywordAsync(candidate, keyword, cancellationToken).ConfigureAwait(false) is { } product)
            {
                return product;
            }
        }
        return null;
    }

    /// <summary>Products whose names hold every word of the query (the best partial matches when none holds them all).</summary>
    public static async Task<IReadOnlyList<Product>> ByNameAsync(ICatalogStore catalog, string query, string? merchant, CancellationToken cancellationToken)
    {
        var wanted = Words(query);
        if (wanted.Count == 0)
        {
            return [];
        }
        var scored = new List<(Product Product, int Score)>();
        foreach (var candidate in merchant is null ? await catalog.ListMerchantsAsync(cancellationToken).ConfigureAwait(false) : [merchant])
        {
            foreach (var product in await catalog.ListProductsAsync(candidate, cancellationToken).ConfigureAwait(false))
            {
                var names = product.Names.Values.SelectMany(Words).Concat(product.Keywords.SelectMany(Words)).ToHashSet(StringComparer.Ordinal);
                var score = wanted.Count(names.Contains);
                if (score > 0)
                {
                    scored.Add((product, score));
                }
            }
        }
        if (scored.Count == 0)
        {
            return [];
        }
        var best = scored.Max(s => s.Score);
        return [.. scored.Where(s => s.Score == best).Select(s => s.Product)];
    }

    /// <summary>Upper case, accents and marks gone, split on anything not a letter or digit, a final S or X trimmed.</summary>
    internal static List<string> Words(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
            }
        }
        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && !Ignored.Contains(w))
            .Select(w => Faq.FaqLexicon.IsArabic(w[0]) ? Faq.FaqStemmer.Arabic(Faq.FaqText.Fold(w))
                : w.Length > 3 && w[^1] is 'S' or 'X' ? w[..^1] : w)];
    }

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "THE", "A", "AN", "SOME", "LE", "LA", "LES", "UN", "UNE", "DES", "DU", "DE", "PLEASE", "STP", "SVP",
    };
}
