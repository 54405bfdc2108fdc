namespace Conversational.Commands.Keywords;

/// <summary>French command words, folded (lower case, no accents: "arrêt" is "arret").</summary>
internal static class FrenchKeywords
{
    public static readonly (string Word, CommandKind Kind)[] Words =
    [
        ("envoyer", CommandKind.Send), ("envoie", CommandKind.Send), ("envoi", CommandKind.Send),
        ("envoyez", CommandKind.Send), ("payer", CommandKind.Send), ("paye", CommandKind.Send),
        ("virer", CommandKind.Send), ("virement", CommandKind.Send),
        ("don", CommandKind.Donate), ("donner", CommandKind.Donate), ("donne", CommandKind.Donate),
        ("acheter", CommandKind.Buy), ("achat", CommandKind.Buy), ("achete", CommandKind.Buy),
        ("commander", CommandKind.Buy),
        ("solde", CommandKind.Balance),
        ("historique", CommandKind.History), ("releve", CommandKind.History),
        ("depenses", CommandKind.Spending), ("depense", CommandKind.Spending),
        ("plus", CommandKind.More), ("suite", CommandKind.More), ("suivant", CommandKind.More),
        ("aide", CommandKind.Help), ("info", CommandKind.Help),
        ("arret", CommandKind.Stop), ("stop", CommandKind.Stop), ("desabonner", CommandKind.Stop),
        ("start", CommandKind.Start), ("demarrer", CommandKind.Start),
        ("oui", CommandKind.Confirm), ("ouais", CommandKind.Confirm), ("ok", CommandKind.Confirm),
        ("confirmer", CommandKind.Confirm), ("valider", CommandKind.Confirm),
        ("non", CommandKind.Cancel), ("annuler", CommandKind.Cancel), ("annule", CommandKind.Cancel),
        ("suivi", CommandKind.Orders), ("commande", CommandKind.Orders), ("commandes", CommandKind.Orders),
        ("mesdonnees", CommandKind.ExportData), ("donnees", CommandKind.ExportData),
        // A lone "supprimer" or "effacer" names nothing: erasing needs the data named ("supprimer mes données").
        ("supprimerdonnees", CommandKind.DeleteData), ("supprimermesdonnees", CommandKind.DeleteData),
        ("litige", CommandKind.Dispute), ("anomalie", CommandKind.Dispute), ("contester", CommandKind.Dispute),
        ("contestation", CommandKind.Dispute),
        ("retour", CommandKind.Back), ("precedent", CommandKind.Back), ("revenir", CommandKind.Back),
        ("parrainage", CommandKind.Referral), ("parrain", CommandKind.Referral),
        ("conseiller", CommandKind.Advisor), ("conseillere", CommandKind.Advisor), ("humain", CommandKind.Advisor),
        ("agent", CommandKind.Advisor),
        ("reprendre", CommandKind.Resume), ("continuer", CommandKind.Resume), ("continue", CommandKind.Resume),
        ("fidelite", CommandKind.Points), ("points", CommandKind.Points),
        ("lier", CommandKind.Link), ("relier", CommandKind.Link), ("associer", CommandKind.Link),
        ("delier", CommandKind.Unlink), ("dissocier", CommandKind.Unlink),
        ("pseudo", CommandKind.Handle), ("identifiant", CommandKind.Handle),
        ("langue", CommandKind.Language),
        ("recuperer", CommandKind.Claim), ("accepter", CommandKind.Claim), ("encaisser", CommandKind.Claim),
    ];

    /// <summary>Commands of several words, folded, one space between words; the longest is read first.</summary>
    public static readonly (string Phrase, CommandKind Kind)[] Phrases =
    [
        ("mes commandes", CommandKind.Orders), ("ma commande", CommandKind.Orders),
        ("mon solde", CommandKind.Balance), ("mon historique", CommandKind.History), ("mon releve", CommandKind.History),
        ("mes depenses", CommandKind.Spending),
        ("mes donnees", CommandKind.ExportData), ("exporter mes donnees", CommandKind.ExportData),
        ("telecharger mes donnees", CommandKind.ExportData),
        ("supprimer mes donnees", CommandKind.DeleteData), ("supprime mes donnees", CommandKind.DeleteData),
        ("supprimez mes donnees", CommandKind.DeleteData), ("effacer mes donnees", CommandKind.DeleteData),
        ("efface mes donnees", CommandKind.DeleteData), ("effacez mes donnees", CommandKind.DeleteData),
        ("je veux contester", CommandKind.Dispute), ("je voudrais contester", CommandKind.Dispute),
        ("je conteste", CommandKind.Dispute),
        ("retour en arriere", CommandKind.Back), ("revenir en arriere", CommandKind.Back),
        ("un humain", CommandKind.Advisor), ("un conseiller", CommandKind.Advisor),
        ("parler a quelqu'un", CommandKind.Advisor), ("parler a un humain", CommandKind.Advisor),
        ("parler a un conseiller", CommandKind.Advisor),
        ("mes points", CommandKind.Points), ("points de fidelite", CommandKind.Points),
        ("points fidelite", CommandKind.Points),
        ("mon pseudo", CommandKind.Handle),
    ];
}
