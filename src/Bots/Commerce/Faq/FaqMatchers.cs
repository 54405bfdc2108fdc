using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// One <see cref="FaqMatcher"/> per merchant, built again only when its entries change: building one takes
/// milliseconds, matching a question microseconds. The entries are read from the store for each question (so every
/// instance sees a merchant's edits at once); a fingerprint of them says whether the matcher still fits.
/// </summary>
public static class FaqMatchers
{
    private static readonly ConcurrentDictionary<string, (string Fingerprint, FaqMatcher Matcher)> Built = new(StringComparer.Ordinal);

    public static FaqMatcher For(string merchant, IReadOnlyList<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var fingerprint = Fingerprint(entries);
        if (Built.TryGetValue(merchant, out var known) && known.Fingerprint == fingerprint)
        {
            return known.Matcher;
        }
        var matcher = new FaqMatcher(entries);
        Built[merchant] = (fingerprint, matcher);
        return matcher;
    }

    private static string Fingerprint(IReadOnlyList<FaqEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in entries)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(entry.Language + "\u0001" + entry.Id + "\u0001" + entry.Answer + "\u0001"));
            foreach (var question in entry.Questions)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(question + "\u0002"));
            }
            hash.AppendData("\u0003"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
