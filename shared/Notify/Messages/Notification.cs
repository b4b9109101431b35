namespace Functions.Notify;

/// <summary>One message, in the Markdown subset the robots share (headings, bold, links, lists).</summary>
/// <param name="Title">A short plain-text title (DingTalk shows it in the chat list).</param>
/// <param name="Markdown">The body, without the title: every channel puts the title (with the status) above it.</param>
/// <param name="Status">Firing, resolved or info: picks colours and whether <see cref="ReceiverSettings.SendResolved"/> applies.</param>
/// <param name="Link">Where to look, e.g. the dashboard or the run; null for none.</param>
public sealed record Notification(string Title, string Markdown, NotificationStatus Status, Uri? Link);
