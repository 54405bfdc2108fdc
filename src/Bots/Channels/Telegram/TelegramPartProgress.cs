using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Conversational.Bots.Conversations;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// How many parts of a long reply Telegram already took, per chat, while the outbox retries it (it keeps the reply
/// first in the queue until it is sent). Kept in <see cref="ITelegramState"/> (Redis when configured, so it survives a
/// restart and is shared by the instances) for an hour, the reply known by <see cref="Hash"/>, and forgotten before its
/// last part goes (kept again if that part fails) or once it is dropped, so the same text queued again later is sent
/// whole. A store that does not answer makes the progress unknown: the reply is then sent from its first part again,
/// the outbox's usual "maybe twice, never zero times". A progress that could not be forgotten before the last part
/// makes the send wait (tried again later) when nothing went yet; otherwise the last part goes all the same and this
/// instance stops trusting the chat's stored progress (<see cref="Distrust"/>), rather than send parts again at every
/// retry while the store fails. A part whose try got no answer (a timeout, a 5xx) is sent again too: the Bot API cannot
/// be asked whether it went, so that one part may show twice.
/// </summary>
internal sealed partial class TelegramPartProgress(ITelegramState state, ILogger logger)
{
    private const int MaxDistrusted = 10_000;
    private readonly ConcurrentDictionary<string, byte> _distrusted = new(StringComparer.Ordinal);

    /// <summary>The SHA-256 (hex) of a reply's text and keyboard, each string length-prefixed so no two replies share
    /// it, and of the lengths of the parts it is cut into: a progress saved before the cutting changed (a new version)
    /// is not another cutting's.</summary>
    public static string Hash(OutboundReply reply, IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(parts);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(sha, reply.Text);
        Append(sha, reply.Choices.Count);
        foreach (var choice in reply.Choices)
        {
            Append(sha, choice.Label);
            Append(sha, choice.Value);
        }
        foreach (var part in parts)
        {
            Append(sha, part.Length);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The first part still to send of this reply to this chat (0 when unknown); <c>Known</c> is false when
    /// the store did not answer, so a progress may be stored all the same.</summary>
    public async Task<(int Next, bool Known)> ResumeAsync(string chat, string reply, CancellationToken cancellationToken)
    {
        try
        {
            if (_distrusted.ContainsKey(chat))
            {
                // What the store holds for this chat may be a reply sent whole since: it goes first.
                await state.ForgetPartsSentAsync(chat, cancellationToken).ConfigureAwait(false);
                _distrusted.TryRemove(chat, out _);
                return (0, true);
            }
            return (await state.FindPartsSentAsync(chat, reply, cancellationToken).ConfigureAwait(false), true);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogStoreFailed(logger, "read", e);
            return (0, false);
        }
    }

    /// <summary>Records the parts sent; a store that does not answer only means some may be sent again.</summary>
    public async Task SentAsync(string chat, string reply, int parts, CancellationToken cancellationToken)
    {
        try
        {
            await state.RememberPartsSentAsync(chat, reply, parts, cancellationToken).ConfigureAwait(false);
            _distrusted.TryRemove(chat, out _);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogStoreFailed(logger, "save", e);
        }
    }

    /// <summary>Forgets the chat's progress: false when the store did not answer (it may still be there: the caller
    /// waits, or goes on and calls <see cref="Distrust"/>).</summary>
    public async Task<bool> TryForgetAsync(string chat, CancellationToken cancellationToken)
    {
        try
        {
            await state.ForgetPartsSentAsync(chat, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogStoreFailed(logger, "forget", e);
            return false;
        }
    }

    /// <summary>The chat's progress could not be forgotten and the reply was sent or dropped all the same: until a
    /// progress is saved or forgotten, this instance does not resume from what the store holds for the chat. (Another
    /// instance, or this one after a restart, would within the hour, if the same reply came again.)</summary>
    public void Distrust(string chat)
    {
        if (_distrusted.Count >= MaxDistrusted)
        {
            _distrusted.Clear();
        }
        _distrusted[chat] = 0;
    }

    /// <summary>Redis did not answer or refused (RedisTimeoutException is a TimeoutException); a cancellation is not one.</summary>
    private static bool IsStoreFailure(Exception e) => e is RedisException or TimeoutException;

    private static void Append(IncrementalHash sha, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Append(sha, bytes.Length);
        sha.AppendData(bytes);
    }

    private static void Append(IncrementalHash sha, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        sha.AppendData(bytes);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Operation} the parts sent of a long Telegram reply; some may be sent twice")]
    private static partial void LogStoreFailed(ILogger logger, string operation, Exception exception);
}
