namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// What the Twilio sender keeps between tries of an outbox message, in memory or in Redis (shared by every instance,
/// kept over a restart): per identity, where the sending of its message stands (<see cref="TwilioPartState"/>), the
/// message known by a hash of its body (<see cref="TwilioPartProgress"/>), for <see cref="PartsLifetime"/> after the
/// last save.
/// </summary>
public interface ITwilioState
{
    /// <summary>How long where a message's sending stands is remembered after it was last saved.</summary>
    static readonly TimeSpan PartsLifetime = TimeSpan.FromHours(1);

    /// <summary>Records where the sending of the message with this hash to this identity stands (replacing what was
    /// recorded for the identity), for <see cref="PartsLifetime"/>.</summary>
    Task SavePartsAsync(string identity, string message, TwilioPartState state, CancellationToken cancellationToken = default);

    /// <summary>Where the sending of the message with this hash stands: nothing sent when unknown, expired, or another message's.</summary>
    Task<TwilioPartState> FindPartsAsync(string identity, string message, CancellationToken cancellationToken = default);

    /// <summary>Forgets where the sending to this identity stands, whatever the message.</summary>
    Task ForgetPartsAsync(string identity, CancellationToken cancellationToken = default);
}
