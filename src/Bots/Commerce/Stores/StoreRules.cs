using System.Security.Cryptography;
using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// What the in-memory and Redis commerce stores must agree on: how keywords compare, in which order lists come, what
/// forgetting a buyer writes, how referral codes look. Times that order lists are compared to the millisecond (Redis
/// sorted-set scores), ties broken by id.
/// </summary>
internal static class StoreRules
{
    /// <summary>What a forgotten buyer's delivery address becomes.</summary>
    public const string Deleted = "[deleted]";

    /// <summary>Referral codes: "R" and 5 of these (no 0/O, 1/I: read aloud and typed on phones).</summary>
    public const string ReferralAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>How many fresh codes are tried before giving up (a collision is one in millions).</summary>
    public const int ReferralAttempts = 20;

    public static readonly IComparer<FaqEntry> FaqOrder = Comparer<FaqEntry>.Create((a, b) =>
        string.CompareOrdinal(a.Language, b.Language) is var byLanguage and not 0 ? byLanguage : string.CompareOrdinal(a.Id, b.Id));

    /// <summary>Newest first, then by number from the end: what Redis's <c>ZREVRANGE</c> gives for equal scores.</summary>
    public static readonly IComparer<Order> NewestFirst = Comparer<Order>.Create((a, b) =>
        Millis(b.PlacedAt).CompareTo(Millis(a.PlacedAt)) is var byTime and not 0 ? byTime : string.CompareOrdinal(b.Number, a.Number));

    /// <summary>Oldest first, then by id: what Redis's <c>ZRANGE</c> gives for equal scores.</summary>
    public static readonly IComparer<AdvisorCase> OldestFirst = Comparer<AdvisorCase>.Create((a, b) =>
        Millis(a.OpenedAt).CompareTo(Millis(b.OpenedAt)) is var byTime and not 0 ? byTime : string.CompareOrdinal(a.Id, b.Id));

    /// <summary>A keyword as it is indexed: upper case (people type "game42").</summary>
    public static string Keyword(string keyword) => keyword.ToUpperInvariant();

    /// <summary>A product's keywords as indexed, each once.</summary>
    public static IReadOnlyList<string> Keywords(Product product) => [.. product.Keywords.Select(Keyword).Distinct(StringComparer.Ordinal)];

    /// <summary>Milliseconds since 1970: the sorted-set score of a moment.</summary>
    public static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    /// <summary>A moment cut to the millisecond, in UTC: what a sorted-set score gives back.</summary>
    public static DateTimeOffset ToMillis(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(Millis(at));

    /// <summary>The order without its buyer's personal data: the address and the channel identity.</summary>
    public static Order Forget(Order order) => order with
    {
        Delivery = order.Delivery is null ? null : order.Delivery with { Address = Deleted },
        Channel = new ChannelIdentity("deleted", order.Number),
    };

    public static string NewReferralCode() => "R" + RandomNumberGenerator.GetString(ReferralAlphabet, 5);

    /// <summary>Orders must have their placing event: lists are ordered by it.</summary>
    public static void CheckPlaced(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Events.Count == 0)
        {
            throw new ArgumentException($"Order {order.Number} has no events: its first one says when it was placed.", nameof(order));
        }
    }

    /// <summary>A case is opened open.</summary>
    public static void CheckOpening(AdvisorCase newCase)
    {
        ArgumentNullException.ThrowIfNull(newCase);
        if (!newCase.IsOpen)
        {
            throw new ArgumentException($"Case {newCase.Id} is opened already closed.", nameof(newCase));
        }
    }

    /// <summary>"{prefix}:", checked: an empty tag ("{}") would hash the whole key, and a brace would end it early.</summary>
    public static string HashTag(string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        if (keyPrefix.Length == 0 || keyPrefix.AsSpan().ContainsAny('{', '}') || keyPrefix.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The key prefix must be non-empty, without braces or spaces.", nameof(keyPrefix));
        }
        return "{" + keyPrefix + "}:";
    }
}
