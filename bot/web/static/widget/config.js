// Reads the widget's settings from the web app: contact details from the directory,
// the bot's privacy notice and greeting. Nothing here is typed into the widget itself.

export async function loadConfig(base) {
  try {
    const reply = await fetch(new URL("config.json", base), { credentials: "omit" });
    if (!reply.ok) throw new Error(`config.json answered ${reply.status}`);
    return await reply.json();
  } catch (error) {
    console.error("Carers chat: no settings from the web app", error);
    return null;
  }
}
