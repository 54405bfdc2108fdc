using System.Globalization;
using System.Text.Json;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Twilio's Messages API takes no idempotency key (channels.md §2.4), so a send whose answer was lost (a timeout, a cut
/// connection, a 5xx) may have created the message. Before that part is sent again it is looked up: the account's
/// latest messages to the same number from the same sender (<c>GET Messages.json?To=…&amp;From=…</c>), and one
/// outbound with the same body created since the lost try (less a minute of clock difference) counts as taken. If the
/// lookup itself fails, nothing is sent and the outbox tries again later.
/// <para>What remains possible, and why it is accepted:</para>
/// <list type="bullet">
/// <item>A duplicate, when Twilio created the message but does not list it yet (its list is not guaranteed to be
/// read-after-write), or lists it beyond the first page (50 messages to that person since the try: not expected).</item>
/// <item>A lost part, when another message with the same text went to the same person from the same sender within
/// that minute or after the lost try (a repeated reminder): the lookup cannot tell the two apart. Rare, and only
/// after a lost answer.</item>
/// <item>The state of a message being sent (parts taken, a lost try) is in <see cref="ITwilioState"/>: Redis when
/// configured, so a restart or another instance taking the identity over goes on from it, lookup included. It is
/// known by a hash of the body, not by the queued message: in memory (no Redis) it is lost on a restart, and when
/// the store does not answer the message is sent from its first part with no lookup (the outbox's "maybe twice,
/// never zero times"). A record per queued message would need the outbox store to give each one an id.</item>
/// </list>
/// Not used: a DateSent filter (a message still queued has no date_sent, so it would be missed), and a marker in the
/// StatusCallback URL (the Message resource does not show it back, and callbacks come after the first status only).
/// </summary>
public sealed partial class TwilioSender
{
    private const int LookupPageSize = 50;

    /// <summary>What a trial account puts before every body.</summary>
    private const string TrialPrefix = "Sent from your Twilio trial account - ";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>True when Twilio lists this part as created since <paramref name="since"/>; false when not; null when it could not be asked.</summary>
    private async Task<bool?> WasTakenAsync(Address address, string part, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var query = "Messages.json?To=" + Uri.EscapeDataString(address.To)
            + (address.From is { } from ? "&From=" + Uri.EscapeDataString(from) : "")
            + "&PageSize=" + LookupPageSize.ToString(CultureInfo.InvariantCulture);
        using var request = Request(HttpMethod.Get, query);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogLookupFailed((int)response.StatusCode);
                return null;
            }
            var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            return messages.EnumerateArray().Any(m => IsPart(m, address, part, since - ClockSkew));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogLookupFailed(0);
            return null;
        }
    }

    /// <summary>True when a listed message is this part, sent to this address, created at or after <paramref name="notBefore"/>.</summary>
    private static bool IsPart(JsonElement message, Address address, string part, DateTimeOffset notBefore)
    {
        string? Text(string name) =>
            message.ValueKind == JsonValueKind.Object && message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString() : null;

        return Text("to") == address.To
            && (address.From is { } from ? Text("from") == from : Text("messaging_service_sid") == address.MessagingService)
            && Text("direction") is { } direction && direction.StartsWith("outbound", StringComparison.Ordinal)
            && Text("body") is { } body && (body == part || body == TrialPrefix + part)
            && TryParseDate(Text("date_created"), out var created) && created >= notBefore;
    }

    /// <summary>Reads Twilio's RFC 2822 dates ("Thu, 24 Aug 2023 05:01:45 +0000").</summary>
    internal static bool TryParseDate(string? value, out DateTimeOffset date)
    {
        date = default;
        if (value is not { Length: > 5 } || value[^5] is not ('+' or '-'))
        {
            return false;
        }
        // The day's name is left out: it says nothing the date does not, and a wrong one would make the parse fail.
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var withColon = string.Concat(value.AsSpan(comma + 1, value.Length - 2 - (comma + 1)), ":", value.AsSpan(value.Length - 2));
        return DateTimeOffset.TryParseExact(withColon.Trim(), "d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Twilio whether it took a message whose send got no answer (HTTP {Status}); trying later")]
    private partial void LogLookupFailed(int status);
}
