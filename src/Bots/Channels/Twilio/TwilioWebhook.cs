using System.Text;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Commands;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Twilio's webhooks: <c>POST /webhooks/twilio</c> (an inbound SMS or WhatsApp message, answered with TwiML) and
/// <c>POST /webhooks/twilio/status</c> (delivery statuses). Both are signed (<see cref="TwilioSignature"/>) over
/// <see cref="TwilioOptions.WebhookBaseUrl"/> + path + query: 413 over the size limit, 400 malformed, 403 forged or
/// unsigned (nothing processed).
/// </summary>
public sealed partial class TwilioWebhook(
    ConversationEngine engine,
    IConversationStore store,
    ChatOptOuts optOuts,
    SmsChoiceMemory choices,
    ITwilioStatusLog statuses,
    IPhoneNumberReader phones,
    IOptions<TwilioOptions> options,
    TimeProvider time,
    ILogger<TwilioWebhook> logger)
{
    public const string MessagePath = "/webhooks/twilio";
    public const string StatusPath = "/webhooks/twilio/status";
    private const string WhatsAppPrefix = "whatsapp:";

    // Read at each request, not at construction: the settings are validated when the host starts, not when it is built.
    private TwilioOptions Options => options.Value;

    /// <summary>An inbound message: the engine's replies as TwiML.</summary>
    public async Task<IResult> HandleMessageAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (form, problem) = await ReadSignedFormAsync(http).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }
        var from = Value(form, "From");
        var messageSid = Value(form, "MessageSid");
        if (string.IsNullOrEmpty(messageSid) || string.IsNullOrEmpty(from))
        {
            return Results.BadRequest("From and MessageSid are required.");
        }
        var channel = from.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? ChannelIdentity.WhatsAppChannel : ChannelIdentity.SmsChannel;
        var rawNumber = channel == ChannelIdentity.WhatsAppChannel ? from[WhatsAppPrefix.Length..] : from;
        if (!phones.TryReadE164(rawNumber, "ZZ", out var number))
        {
            return Results.BadRequest("From is not a phone number.");
        }
        var to = Value(form, "To") is { Length: > 0 } t ? (t.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? t[WhatsAppPrefix.Length..] : t) : null;
        var identity = new ChannelIdentity(channel, number);
        var body = Value(form, "Body") ?? "";
        var message = new InboundMessage(identity, messageSid, body, null, LanguageHint(number), time.GetUtcNow(), Value(form, "ProfileName"), to);
        var replies = await AnswerAsync(message, http.RequestAborted).ConfigureAwait(false);
        choices.Remember(identity, replies);
        // A long reply is cut cleanly as the REST sends are: SMS in messages of at most two segments each, WhatsApp only
        // above 1600 characters (one <Message> per part).
        var rendered = new List<string>();
        foreach (var text in replies.Select(SmsText.Render))
        {
            var parts = TwilioSender.Parts(channel, text);
            if (parts.Count > 1)
            {
                LogLongReply(channel, parts.Count);
            }
            rendered.AddRange(parts);
        }
        return Results.Text(SmsText.TwiML(rendered), "text/xml", Encoding.UTF8);
    }

    /// <summary>A delivery status: recorded once per (MessageSid, MessageStatus); a failure 21610 opts the person out.</summary>
    public async Task<IResult> HandleStatusAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (form, problem) = await ReadSignedFormAsync(http).ConfigureAwait(false);
        if (form is null)
        {
            return problem!;
        }
        var messageSid = Value(form, "MessageSid");
        var status = Value(form, "MessageStatus");
        if (string.IsNullOrEmpty(messageSid) || string.IsNullOrEmpty(status))
        {
            return Results.BadRequest("MessageSid and MessageStatus are required.");
        }
        if (!await statuses.TryRecordAsync(messageSid, status, http.RequestAborted).ConfigureAwait(false))
        {
            return Results.NoContent();
        }
        var errorCode = Value(form, "ErrorCode");
        LogStatus(messageSid, status, errorCode);
        if (errorCode == "21610" && Value(form, "To") is { Length: > 0 } to)
        {
            var whatsapp = to.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase);
            if (phones.TryReadE164(whatsapp ? to[WhatsAppPrefix.Length..] : to, "ZZ", out var number))
            {
                await optOuts.RecordAsync(new ChannelIdentity(whatsapp ? ChannelIdentity.WhatsAppChannel : ChannelIdentity.SmsChannel, number), http.RequestAborted).ConfigureAwait(false);
            }
        }
        return Results.NoContent();
    }

    /// <summary>The language a phone number suggests (its country's: "fr" for +33...), for a person the engine does not know yet.</summary>
    internal static string? LanguageHint(string e164) => PhoneLanguages.Of(e164);

    /// <summary>
    /// The carrier rules before the engine: an opt-out word (CANCEL and ARRET included, which the engine would read as
    /// "cancel the step") becomes the engine's STOP, so it records the opt-out and answers once; while opted out,
    /// nothing is answered but START/YES/UNSTOP, which become the engine's START, and HELP/INFO/AIDE, answered here
    /// (carriers require HELP to work after STOP) with the program's name, the support contact and how to resume,
    /// without opting back in; HELP from anyone else gets the general help and then the program's name and how to stop.
    /// A redelivered MessageSid gets its first replies whatever happened since.
    /// </summary>
    private async Task<IReadOnlyList<OutboundReply>> AnswerAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (await store.FindRepliesAsync(message.DeduplicationKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }
        var keyword = SmsText.Keyword(message.Text);
        var (optedOut, language) = await optOuts.StatusOfAsync(message.Sender, cancellationToken).ConfigureAwait(false);
        if (SmsText.OptOutWords.Contains(keyword))
        {
            return optedOut ? [] : await engine.HandleAsync(message with { Text = "STOP" }, cancellationToken).ConfigureAwait(false);
        }
        var help = SmsText.HelpWords.Contains(keyword);
        if (optedOut)
        {
            if (help)
            {
                var texts = TwilioTexts.For(keyword == "AIDE" ? "fr" : keyword.StartsWith('م') ? "ar" : language ?? message.LanguageHint);
                return [OutboundReply.Plain(texts.HelpWhileStopped(Options.ProgramName, Options.SupportContact))];
            }
            return SmsText.OptInWords.Contains(keyword)
                ? await engine.HandleAsync(message with { Text = "START" }, cancellationToken).ConfigureAwait(false)
                : [];
        }
        if (choices.ChoiceFor(message.Sender, message.Text ?? "") is { } choice)
        {
            return await engine.HandleAsync(message with { Text = null, Choice = choice }, cancellationToken).ConfigureAwait(false);
        }
        var replies = await engine.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        if (!help || message.Sender.Channel != ChannelIdentity.SmsChannel)
        {
            return replies;
        }
        // Carriers want every HELP answer by SMS to name the program and say how to stop, in the help's own language.
        var line = TwilioTexts.For(keyword == "AIDE" ? "fr" : keyword.StartsWith('م') ? "ar" : "en");
        return [.. replies, OutboundReply.Plain(line.HelpWhileSubscribed(Options.ProgramName, Options.SupportContact))];
    }

    /// <summary>The form of a signed request, or the answer to give instead (413, 400, 403).</summary>
    private async Task<(Dictionary<string, StringValues>? Form, IResult? Problem)> ReadSignedFormAsync(HttpContext http)
    {
        var max = Options.MaxBodyBytes;
        var tooLarge = Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (http.Request.ContentLength > max)
        {
            // Refused unread. The server's own limit is lowered only after this, so that it may still drain the unread
            // body and the client reads the 413 rather than a reset connection.
            return (null, tooLarge);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }
        if (!http.Request.HasFormContentType)
        {
            return (null, Results.BadRequest("Expected application/x-www-form-urlencoded."));
        }
        byte[]? raw;
        try
        {
            raw = await ReadAtMostAsync(http.Request.Body, max, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            raw = null;
        }
        if (raw is null)
        {
            return (null, tooLarge);
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            return (null, Results.BadRequest("The body is not UTF-8."));
        }
        var form = QueryHelpers.ParseQuery(text);
        var url = Options.WebhookBaseUrl.TrimEnd('/') + http.Request.PathBase.Value + http.Request.Path.Value + http.Request.QueryString.Value;
        var parameters = form.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? "")));
        if (!TwilioSignature.IsValid(Options.AuthToken, url, parameters, http.Request.Headers["X-Twilio-Signature"]))
        {
            LogForged(http.Request.Path.Value ?? "", SmsText.Redact(Value(form, "From")),
                http.Request.Headers.ContainsKey("X-Twilio-Signature") ? "wrong signature" : "no signature");
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }
        return (form, null);
    }

    private static string? Value(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>The whole body, or null when it is longer than <paramref name="max"/> (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Twilio webhook to {Path} from {From}: {Reason}")]
    private partial void LogForged(string path, string from, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio message {MessageSid} is {Status} (error {ErrorCode})")]
    private partial void LogStatus(string messageSid, string status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "A long {Channel} reply was sent as {Parts} messages")]
    private partial void LogLongReply(string channel, int parts);
}
