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
/// any other 4xx never.
/// </summary>
public sealed partial class TwilioSender(
    IHttpClientFactory clients, TwilioOptOuts optOuts, IOptions<TwilioOptions> options, TimeProvider time, ILogger<TwilioSender> logger)
    : IChannelSender
{
    public const string ClientName = "twilio";
    private const string WhatsAppPrefix = "whatsapp:";
    private const int OptedOutError = 21610;

    // Read at each send, not at construction: the settings are validated when the host starts, not when it is built.
    private TwilioOptions Options => options.Value;

    public IReadOnlyCollection<string> Channels { get; } = [ChannelIdentity.SmsChannel, ChannelIdentity.WhatsAppChannel];

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
        if (SmsSegments.Count(body) is var segments and > 2)
        {
            LogLongMessage(recipient.Channel, segments);
        }
        var fields = new List<KeyValuePair<string, string>>
        {
            new("To", whatsapp ? WhatsAppPrefix + recipient.SenderId : recipient.SenderId),
            from.StartsWith("MG", StringComparison.Ordinal)
                ? new("MessagingServiceSid", from)
                : new("From", whatsapp && !from.StartsWith(WhatsAppPrefix, StringComparison.Ordinal) ? WhatsAppPrefix + from : from),
            new("Body", body),
        };
        if (!string.IsNullOrEmpty(Options.WebhookBaseUrl))
        {
            fields.Add(new("StatusCallback", Options.WebhookBaseUrl.TrimEnd('/') + TwilioWebhook.StatusPath));
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"2010-04-01/Accounts/{Uri.EscapeDataString(Options.AccountSid)}/Messages.json")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Options.AccountSid + ":" + Options.AuthToken)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return Delivery.Later(null, "Twilio did not answer: " + e.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Delivery.Later(null, "Twilio did not answer in time");
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return Delivery.Sent;
            }
            if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            {
                return Delivery.Later(RetryAfter(response), $"Twilio answered HTTP {status}");
            }
            var code = await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
            if (code == OptedOutError)
            {
                await optOuts.RecordAsync(recipient, cancellationToken).ConfigureAwait(false);
                return Delivery.Never("the person said STOP to the carrier (Twilio error 21610); opted out");
            }
            return Delivery.Never($"Twilio refused it: HTTP {status}, error {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} message takes {Segments} SMS segments")]
    private partial void LogLongMessage(string channel, int segments);
}
