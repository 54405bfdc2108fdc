using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Conversations;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Sends the outbox of "sms" and "whatsapp" identities through Twilio's REST API (channels.md §2.4): 2xx sent; 429,
/// 5xx and network failures later; 21610 (the person said STOP to the carrier) never, and the person is opted out;
/// any other 4xx never. An SMS longer than two segments goes as several messages of at most two segments each, in
/// order (<see cref="SmsSegments.Split"/>, as the TwiML replies); a WhatsApp message is cut only above Twilio's 1600
/// characters. When the outbox retries, the parts Twilio already took are not sent again, and a part whose try ended
/// without an answer is first looked up (<see cref="TwilioSender"/>.Lookup.cs): Twilio takes no idempotency key.
/// </summary>
public sealed partial class TwilioSender(
    IHttpClientFactory clients, ChatOptOuts optOuts, ITwilioState state, IOptions<TwilioOptions> options, TimeProvider time,
    ILogger<TwilioSender> logger)
    : IChannelSender
{
    public const string ClientName = "twilio";

    /// <summary>The most SMS segments one message sent here takes.</summary>
    public const int MaxSegments = 2;

    /// <summary>The longest Body Twilio takes (error 21617 above).</summary>
    public const int MaxBody = 1600;

    private const string WhatsAppPrefix = "whatsapp:";
    private const int OptedOutError = 21610;

    private readonly StoredPartProgress<TwilioPartState> _progress = TwilioPartProgress.For(state, logger);

    // Read at each send, not at construction: the settings are validated when the host starts, not when it is built.
    private TwilioOptions Options => options.Value;

    public IReadOnlyCollection<string> Channels { get; } = [ChannelIdentity.SmsChannel, ChannelIdentity.WhatsAppChannel];

    /// <summary>The messages a text is sent as on a channel: SMS at most two segments each, WhatsApp at most 1600 characters.</summary>
    public static IReadOnlyList<string> Parts(string channel, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (channel == ChannelIdentity.WhatsAppChannel)
        {
            var trimmed = body.Trim();
            // Ten segments are at most 1530 GSM-7 or 670 UCS-2 characters: under the limit whatever the alphabet.
            return trimmed.Length == 0 ? [] : trimmed.Length <= MaxBody ? [trimmed] : SmsSegments.Split(trimmed, 10);
        }
        return SmsSegments.Split(body, MaxSegments);
    }

    public async Task<Delivery> SendAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(reply);
        var settings = Options;
        var whatsapp = recipient.Channel == ChannelIdentity.WhatsAppChannel;
        var from = whatsapp ? settings.WhatsAppFrom : settings.MessagingFrom;
        if (string.IsNullOrEmpty(from))
        {
            return Delivery.Never(whatsapp ? "Twilio:WhatsAppFrom is not set" : "Twilio:MessagingFrom is not set");
        }
        var body = SmsText.Render(reply);
        var parts = Parts(recipient.Channel, body);
        if (parts.Count == 0)
        {
            return Delivery.Never("an empty message");
        }
        var address = new Address(
            whatsapp ? WhatsAppPrefix + recipient.SenderId : recipient.SenderId,
            from.StartsWith("MG", StringComparison.Ordinal) ? null : whatsapp && !from.StartsWith(WhatsAppPrefix, StringComparison.Ordinal) ? WhatsAppPrefix + from : from,
            from.StartsWith("MG", StringComparison.Ordinal) ? from : null);
        var message = TwilioPartProgress.Hash(body, parts);
        var (state, known) = await _progress.ResumeAsync(recipient.Key, message, cancellationToken).ConfigureAwait(false);
        // Whether a state may be stored for this identity: it is forgotten just before the last part goes (so a message
        // sent whole never leaves one behind for a later copy of the same text), and kept again if that part does not.
        var stored = !known || state != default;
        if (state.Sent >= parts.Count)
        {
            state = default;
        }
        var posted = false;
        var settled = false;
        try
        {
            while (state.Sent < parts.Count)
            {
                var part = parts[state.Sent];
                if (state.UncertainSince is { } since)
                {
                    var found = await WasTakenAsync(address, part, since, cancellationToken).ConfigureAwait(false);
                    if (found is null)
                    {
                        return Delivery.Later(null, "Twilio did not answer a previous try and could not be asked whether it took it");
                    }
                    if (found.Value)
                    {
                        LogFoundAfterTimeout(recipient.Channel, state.Sent + 1, parts.Count);
                        state = new(state.Sent + 1, null);
                        if (state.Sent < parts.Count)
                        {
                            await _progress.SaveAsync(recipient.Key, message, state, cancellationToken).ConfigureAwait(false);
                            stored = true;
                        }
                        continue;
                    }
                }
                if (state.Sent == parts.Count - 1 && stored)
                {
                    if (!await _progress.TryForgetAsync(recipient.Key, cancellationToken).ConfigureAwait(false))
                    {
                        if (!posted)
                        {
                            return Delivery.Later(null, "where the sending of a message stands could not be forgotten");
                        }
                        _progress.Distrust(recipient.Key);
                    }
                    stored = false;
                }
                var triedAt = time.GetUtcNow();
                posted = true;
                var (sent, delivery, uncertain) = await PostAsync(recipient, address, part, cancellationToken).ConfigureAwait(false);
                if (sent)
                {
                    state = new(state.Sent + 1, null);
                    if (state.Sent < parts.Count)
                    {
                        await _progress.SaveAsync(recipient.Key, message, state, cancellationToken).ConfigureAwait(false);
                        stored = true;
                    }
                    continue;
                }
                if (delivery.Outcome == DeliveryOutcome.RetryLater)
                {
                    state = state with { UncertainSince = uncertain ? triedAt : state.UncertainSince };
                    await _progress.SaveAsync(recipient.Key, message, state, cancellationToken).ConfigureAwait(false);
                    stored = true;
                    return delivery;
                }
                if (stored && !await _progress.TryForgetAsync(recipient.Key, cancellationToken).ConfigureAwait(false))
                {
                    _progress.Distrust(recipient.Key);
                }
                settled = true;
                return delivery;
            }
            // The last part was found taken by a lookup: its state is still stored.
            if (stored && !await _progress.TryForgetAsync(recipient.Key, cancellationToken).ConfigureAwait(false))
            {
                _progress.Distrust(recipient.Key);
            }
            settled = true;
        }
        finally
        {
            if (!settled && !stored && state != default)
            {
                // Left halfway (a cancellation, an unexpected error) after the state was forgotten: it is kept again.
                await _progress.SaveAsync(recipient.Key, message, state, CancellationToken.None).ConfigureAwait(false);
            }
        }
        if (parts.Count > 1)
        {
            LogLongMessage(recipient.Channel, parts.Count);
        }
        return Delivery.Sent;
    }

    /// <summary>One REST send: taken, or what to do with the message (and whether Twilio may have taken it all the same).</summary>
    private async Task<(bool Sent, Delivery Delivery, bool Uncertain)> PostAsync(
        ChannelIdentity recipient, Address address, string part, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>> { new("To", address.To) };
        fields.Add(address.From is { } number ? new("From", number) : new("MessagingServiceSid", address.MessagingService!));
        fields.Add(new("Body", part));
        if (!string.IsNullOrEmpty(Options.WebhookBaseUrl))
        {
            fields.Add(new("StatusCallback", Options.WebhookBaseUrl.TrimEnd('/') + TwilioWebhook.StatusPath));
        }
        using var request = Request(HttpMethod.Post, "Messages.json");
        request.Content = new FormUrlEncodedContent(fields);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // No connection was made: Twilio surely did not take it. Anything later (a reset, a cut answer): it may have.
            var before = e.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError;
            return (false, Delivery.Later(null, "Twilio did not answer: " + e.HttpRequestError), !before);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, Delivery.Later(null, "Twilio did not answer in time"), true);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return (true, Delivery.Sent, false);
            }
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (false, Delivery.Later(RetryAfter(response), $"Twilio answered HTTP {status}"), false);
            }
            if (status >= 500)
            {
                // A 5xx may come after the message was created (a gateway that lost Twilio's answer): look it up first.
                return (false, Delivery.Later(RetryAfter(response), $"Twilio answered HTTP {status}"), true);
            }
            var code = await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            if (code == OptedOutError)
            {
                await optOuts.RecordAsync(recipient, cancellationToken).ConfigureAwait(false);
                return (false, Delivery.Never("the person said STOP to the carrier (Twilio error 21610); opted out"), false);
            }
            return (false, Delivery.Never($"Twilio refused it: HTTP {status}, error {code?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}"), false);
        }
    }

    /// <summary>A request to the account's <paramref name="resource"/> with Basic auth, asking for JSON.</summary>
    private HttpRequestMessage Request(HttpMethod method, string resource)
    {
        var request = new HttpRequestMessage(method, $"2010-04-01/Accounts/{Uri.EscapeDataString(Options.AccountSid)}/{resource}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Options.AccountSid + ":" + Options.AuthToken)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retry)
        {
            return null;
        }
        if (retry.Delta is { } delta)
        {
            return delta;
        }
        return retry.Date is { } date && date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero;
    }

    /// <summary>Twilio's error code from an error body (<c>{"code":21610,…}</c>), or null.</summary>
    private static async Task<int?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Who a message goes to, and from a number or a Messaging Service (exactly one of the two).</summary>
    private sealed record Address(string To, string? From, string? MessagingService);

    [LoggerMessage(Level = LogLevel.Information, Message = "A long {Channel} message was sent as {Parts} messages")]
    private partial void LogLongMessage(string channel, int parts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Part {Part} of {Parts} of a {Channel} message was taken by Twilio on a try that got no answer; not sent again")]
    private partial void LogFoundAfterTimeout(string channel, int part, int parts);
}
