"""coopnews application: settings, composition root, services, jobs and delivery."""
