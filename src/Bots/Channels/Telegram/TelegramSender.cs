using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Conversational.Bots.Conversations;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Sends the outbox's "telegram" messages with sendMessage to the chat id (the user id for a private chat). Choices
/// become an inline keyboard whose buttons carry "c:" + a token (see <see cref="ITelegramState"/>). A 429 waits the
/// retry_after Telegram gave; 403 (the person blocked the bot) is never deliverable and records the opt-out; 5xx and
/// network failures are tried again later. A text over 4096 characters goes as several messages in order
/// (<see cref="TelegramMessageParts"/>), the keyboard on the last; when one of them fails, the retry starts at it, on
/// this instance or another (<see cref="TelegramPartProgress"/>).
/// </summary>
public sealed partial class TelegramSender(
    TelegramBot bot, ITelegramState state, TelegramRateLimiter limiter, ChatOptOuts optOut,
    ILogger<TelegramSender> logger) : IChannelSender
{
    public const string Channel = "telegram";

    /// <summary>What a callback_data starts with; the rest is <see cref="Token"/> of the value.</summary>
    public const string ChoicePrefix = "c:";

    private const int SingleRowLabel = 14;

    private readonly StoredPartProgress<int> _progress = TelegramPartProgress.For(state, logger);

    public IReadOnlyCollection<string> Channels { get; } = [Channel];

    /// <summary>A button's token: 12 characters (72 bits) of the SHA-256 of its value, so "c:" + token is 14 bytes.</summary>
    public static string Token(string value) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 9).Replace('+', '-').Replace('/', '_');

    public async Task<Delivery> SendAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(reply);
        if (!long.TryParse(recipient.SenderId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chat))
        {
            return Delivery.Never("not a Telegram chat id");
        }
        var parts = TelegramMessageParts.Split(reply.Text);
        if (parts.Count == 0)
        {
            parts = [reply.Text];
        }
        // A long reply goes as several messages; those Telegram took are not sent again when the outbox retries it,
        // even from another instance or after a restart (the progress is in the state). A one-part reply keeps none.
        var hash = parts.Count > 1 ? TelegramPartProgress.Hash(reply, parts) : "";
        var (part, known) = parts.Count > 1 ? await _progress.ResumeAsync(recipient.SenderId, hash, cancellationToken).ConfigureAwait(false) : (0, true);
        // Whether a progress may be stored for this chat: it is forgotten just before the last part goes (so a reply
        // sent whole never leaves one behind for a later copy of the same text), and kept again if that part does not.
        var stored = !known || part > 0;
        if (part >= parts.Count)
        {
            part = 0;
        }
        var first = part;
        var settled = false;
        try
        {
            for (; part < parts.Count; part++)
            {
                var last = part == parts.Count - 1;
                var keyboard = last ? await KeyboardAsync(recipient.SenderId, reply.Choices, cancellationToken).ConfigureAwait(false) : null;
                if (last && stored)
                {
                    if (!await _progress.TryForgetAsync(recipient.SenderId, cancellationToken).ConfigureAwait(false))
                    {
                        if (part == first)
                        {
                            return Delivery.Later(null, "the parts sent of a long reply could not be forgotten");
                        }
                        _progress.Distrust(recipient.SenderId);
                    }
                    stored = false;
                }
                await limiter.WaitAsync(chat, cancellationToken).ConfigureAwait(false);
                await bot.Client.SendMessage(chat, parts[part], replyMarkup: keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (!last)
                {
                    await _progress.SaveAsync(recipient.SenderId, hash, part + 1, cancellationToken).ConfigureAwait(false);
                    stored = true;
                }
            }
            settled = true;
            if (parts.Count > 1)
            {
                LogSplit(parts.Count);
            }
            return Delivery.Sent;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            return Delivery.Later(e.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null, "Telegram flood control (429)");
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            if (stored && !await _progress.TryForgetAsync(recipient.SenderId, cancellationToken).ConfigureAwait(false))
            {
                _progress.Distrust(recipient.SenderId);
            }
            settled = true;
            if (chat > 0)
            {
                await optOut.RecordAsync(recipient, cancellationToken).ConfigureAwait(false);
            }
            return Delivery.Never("Telegram 403: the bot was blocked or cannot write to this chat");
        }
        catch (ApiRequestException e) when (e.ErrorCode >= 500)
        {
            return Delivery.Later(null, $"Telegram error {e.ErrorCode}");
        }
        catch (ApiRequestException e)
        {
            if (stored && !await _progress.TryForgetAsync(recipient.SenderId, cancellationToken).ConfigureAwait(false))
            {
                _progress.Distrust(recipient.SenderId);
            }
            settled = true;
            LogRefused(e.ErrorCode);
            return Delivery.Never($"Telegram error {e.ErrorCode}");
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or SocketException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Delivery.Later(null, "Telegram did not answer: " + e.GetType().Name);
        }
        finally
        {
            if (!settled && !stored && part > 0)
            {
                // The last part did not go (or may not have): the progress forgotten just before it is kept again.
                await _progress.SaveAsync(recipient.SenderId, hash, part, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<InlineKeyboardMarkup?> KeyboardAsync(string chat, IReadOnlyList<ReplyChoice> choices, CancellationToken cancellationToken)
    {
        if (choices.Count == 0)
        {
            return null;
        }
        var buttons = new List<InlineKeyboardButton>(choices.Count);
        foreach (var choice in choices)
        {
            var token = Token(choice.Value);
            await state.RememberChoiceAsync(chat, token, choice.Value, cancellationToken).ConfigureAwait(false);
            buttons.Add(InlineKeyboardButton.WithCallbackData(choice.Label, ChoicePrefix + token));
        }
        // Two or three short choices (Confirm / Cancel) side by side; otherwise one per row.
        return choices.Count <= 3 && choices.All(c => c.Label.Length <= SingleRowLabel)
            ? new InlineKeyboardMarkup(buttons)
            : new InlineKeyboardMarkup(buttons.Select(b => new[] { b }));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A long Telegram reply was sent as {Parts} messages")]
    private partial void LogSplit(int parts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused a message with error {ErrorCode}; it is dropped")]
    private partial void LogRefused(int errorCode);
}
