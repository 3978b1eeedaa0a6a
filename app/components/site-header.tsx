import { Form, Link, NavLink } from "@remix-run/react";
import type { Experience, SiteRole } from "../../db/schema";
import { experienceLabels } from "../copy/da";
import { siteLayoutCopy } from "../copy/site-layout";
import { SITE_NAME } from "../copy/pages";
import { NotificationBell } from "./notification-bell";

export interface HeaderMember {
  id: number;
  name: string;
  role: SiteRole;
  experience: Experience;
  isMentor: boolean;
  /** From app/auth/permissions (canModerate, canAdminister), so the menu shows what the pages allow. */
  moderates: boolean;
  administers: boolean;
  unreadNotifications: number;
}

export function SiteHeader({ member }: { member: HeaderMember | null }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            T
          </span>
          <span className="brand__name">{SITE_NAME}</span>
          <span className="brand__tagline">{siteLayoutCopy.tagline}</span>
        </Link>
        {member ? (
          <>
            <form method="get" action="/soeg" role="search" className="header-search">
              <label htmlFor="header-search-q" className="visually-hidden">
                {siteLayoutCopy.searchLabel}
              </label>
              <input
                id="header-search-q"
                type="search"
                name="q"
                placeholder={siteLayoutCopy.searchPlaceholder}
                maxLength={500}
              />
              <button type="submit">{siteLayoutCopy.search}</button>
            </form>
            <nav aria-label={siteLayoutCopy.mainMenu} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {siteLayoutCopy.front}
                  </NavLink>
                </li>
                {member.experience === "newcomer" ? (
                  <li>
                    <NavLink to="/kom-godt-i-gang">{siteLayoutCopy.gettingStarted}</NavLink>
                  </li>
                ) : null}
                {member.isMentor ? (
                  <li>
                    <NavLink to="/mentorkoe">{siteLayoutCopy.mentorQueue}</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/moeder">{siteLayoutCopy.meetings}</NavLink>
                </li>
                <li>
                  <NavLink to="/vidensbank">{siteLayoutCopy.knowledge}</NavLink>
                </li>
                <li>
                  <NavLink to="/tags">{siteLayoutCopy.tags}</NavLink>
                </li>
                <li>
                  <NavLink to="/kommuner">{siteLayoutCopy.municipalities}</NavLink>
                </li>
                {member.moderates ? (
                  <li>
                    <NavLink to="/admin">
                      {member.administers ? siteLayoutCopy.administration : siteLayoutCopy.moderation}
                    </NavLink>
                  </li>
                ) : null}
                <li>
                  <NotificationBell unread={member.unreadNotifications} />
                </li>
                <li>
                  <NavLink to={`/medlem/${member.id}`} title={experienceLabels[member.experience]}>
                    {member.name}
                  </NavLink>
                </li>
                <li>
                  <Form method="post" action="/logout">
                    <button type="submit" className="link-button">
                      {siteLayoutCopy.signOut}
                    </button>
                  </Form>
                </li>
              </ul>
            </nav>
          </>
        ) : null}
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{siteLayoutCopy.footer}</p>
    </footer>
  );
}
