using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Where the sending of one outbox message stands, per identity, while the outbox retries it (it stays first in the
/// queue until sent): how many of its parts Twilio took, and whether the last try ended without knowing if Twilio took
/// the next part (a timeout, a dropped connection, a 5xx) and since when. Kept in <see cref="ITwilioState"/> (Redis when
/// configured, so it survives a restart and is shared by the instances) for an hour, the message known by
/// <see cref="Hash"/>, and forgotten before its last part goes (kept again if that part does not) or once it is
/// dropped, so the same text queued again later is sent whole. A store that does not answer makes the state unknown:
/// the message is then sent from its first part with no lookup (the outbox's "maybe twice, never zero times"). A state
/// that could not be forgotten before the last part makes the send wait (tried again later) when nothing was posted
/// yet; otherwise the last part goes all the same and this instance stops trusting the identity's stored state
/// (<see cref="Distrust"/>), rather than post parts again at every retry while the store fails.
/// </summary>
internal sealed partial class TwilioPartProgress(ITwilioState state, ILogger logger)
{
    private const int MaxDistrusted = 10_000;
    private readonly ConcurrentDictionary<string, byte> _distrusted = new(StringComparer.Ordinal);

    /// <summary>The SHA-256 (hex) of a body and of the lengths of the parts it is cut into (a state saved before the
    /// cutting changed is not another cutting's).</summary>
    public static string Hash(string body, IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(parts);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = Encoding.UTF8.GetBytes(body);
        Append(sha, bytes.Length);
        sha.AppendData(bytes);
        foreach (var part in parts)
        {
            Append(sha, part.Length);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Where the sending of this message stands (nothing sent when unknown); <c>Known</c> is false when the
    /// store did not answer, so a state may be stored all the same.</summary>
    public async Task<(TwilioPartState State, bool Known)> ResumeAsync(string recipient, string message, CancellationToken cancellationToken)
    {
        try
        {
            if (_distrusted.ContainsKey(recipient))
            {
                // What the store holds for this identity may be a message sent whole since: it goes first.
                await state.ForgetPartsAsync(recipient, cancellationToken).ConfigureAwait(false);
                _distrusted.TryRemove(recipient, out _);
                return (default, true);
            }
            return (await state.FindPartsAsync(recipient, message, cancellationToken).ConfigureAwait(false), true);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogStoreFailed(logger, "read", e);
            return (default, false);
        }
    }

    /// <summary>Records where the sending stands; a store that does not answer only means some parts may be sent again.</summary>
    public async Task SaveAsync(string recipient, string message, TwilioPartState parts, CancellationToken cancellationToken)
    {
        try
        {
            await state.SavePartsAsync(recipient, message, parts, cancellationToken).ConfigureAwait(false);
            _distrusted.TryRemove(recipient, out _);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogStoreFailed(logger, "save", e);
        }
    }

    /// <summary>Forgets where the sending to this identity stands: false when the store did not answer (it may still be
    /// there: the caller waits, or goes on and calls <see cref="Distrust"/>).</summary>
    public async Task<bool> TryForgetAsync(string recipient, CancellationToken cancellationToken)
    {
        try
        {
            await state.ForgetPartsAsync(recipient, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            LogStoreFailed(logger, "forget", e);
            return false;
        }
    }

    /// <summary>The identity's state could not be forgotten and the message was sent or dropped all the same: until a
    /// state is saved or forgotten, this instance does not resume from what the store holds for the identity. (Another
    /// instance, or this one after a restart, would within the hour, if the same text came again.)</summary>
    public void Distrust(string recipient)
    {
        if (_distrusted.Count >= MaxDistrusted)
        {
            _distrusted.Clear();
        }
        _distrusted[recipient] = 0;
    }

    /// <summary>Redis did not answer or refused (RedisTimeoutException is a TimeoutException); a cancellation is not one.</summary>
    private static bool IsStoreFailure(Exception e) => e is RedisException or TimeoutException;

    private static void Append(IncrementalHash sha, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        sha.AppendData(bytes);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Operation} where the sending of a Twilio message stands; some parts may be sent twice")]
    private static partial void LogStoreFailed(ILogger logger, string operation, Exception exception);
}
