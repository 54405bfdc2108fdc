namespace Conversational.Bots.Directory;

/// <summary>What became of <see cref="IPartyDirectory.UnbindIdentityAsync"/>.</summary>
public enum UnbindOutcome
{
    /// <summary>The identity leads to nobody now; its next message starts a new person.</summary>
    Unbound,

    /// <summary>The identity is not the person's: nothing changed.</summary>
    NotLinked,

    /// <summary>It is the person's only identity, which would leave the wallet unreachable: nothing changed.</summary>
    LastIdentity,
}
