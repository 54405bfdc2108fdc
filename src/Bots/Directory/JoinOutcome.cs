namespace Conversational.Bots.Directory;

/// <summary>What became of <see cref="IPartyDirectory.JoinAsync"/>.</summary>
public enum JoinOutcome
{
    /// <summary>The identities now lead to the person.</summary>
    Joined,

    /// <summary>An identity is no longer where the caller saw it (bound since, or to someone else): nothing changed.</summary>
    Changed,

    /// <summary>The person to join does not exist: nothing changed.</summary>
    NoParty,
}
