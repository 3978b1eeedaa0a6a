import { Form, Link, NavLink } from "@remix-run/react";
import type { Experience, SiteRole } from "../../db/schema";
import { experienceLabels } from "../copy/da";
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
          <span className="brand__name">Tværs</span>
          <span className="brand__tagline">Digital ungerådgivning på tværs af kommuner</span>
        </Link>
        {member ? (
          <>
            <form method="get" action="/soeg" role="search" className="header-search">
              <label htmlFor="header-search-q" className="visually-hidden">
                Søg i forummet
              </label>
              <input id="header-search-q" type="search" name="q" placeholder="Søg i erfaringer …" maxLength={500} />
              <button type="submit">Søg</button>
            </form>
            <nav aria-label="Hovedmenu" className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    Forside
                  </NavLink>
                </li>
                {member.experience === "newcomer" ? (
                  <li>
                    <NavLink to="/kom-godt-i-gang">Kom godt i gang</NavLink>
                  </li>
                ) : null}
                {member.isMentor ? (
                  <li>
                    <NavLink to="/mentorkoe">Mentorkø</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/moeder">Netværksmøder</NavLink>
                </li>
                <li>
                  <NavLink to="/vidensbank">Vidensbank</NavLink>
                </li>
                <li>
                  <NavLink to="/tags">Tags</NavLink>
                </li>
                <li>
                  <NavLink to="/kommuner">Kommuner</NavLink>
                </li>
                {member.moderates ? (
                  <li>
                    <NavLink to="/admin">{member.administers ? "Administration" : "Moderation"}</NavLink>
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
                      Log ud
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
      <p>
        Tværs er et lukket forum for fagfolk i netværket for digital ungerådgivning. Skriv aldrig CPR-numre, navne eller
        andet, der kan identificere en ung – brug pseudonymer som «pige, 15».
      </p>
    </footer>
  );
}
